/**
 * The PR comment and job summary as GitHub would render them (micromark + GFM): named hostile
 * strings, real reports, the size budgets with their row order, and numbers that never show as
 * NaN, Infinity or exponent notation.
 */
import fc from 'fast-check'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeConfig } from '../../src/engine/analyze.js'
import { deltaAt, totalAt, type ModelChange } from '../../src/engine/changes.js'
import { evaluateGate, subjectsOfScan } from '../../src/engine/gate.js'
import { DEFAULT_OPTIONS } from '../../src/engine/options.js'
import type { ModelReport } from '../../src/engine/report.js'
import type { ScanReport } from '../../src/engine/run.js'
import {
  formatBytes,
  formatDelta,
  formatExact,
  formatPercent,
  formatTokens
} from '../../src/render/format.js'
import { COMMENT_BUDGET, renderMarkdown, SUMMARY_BUDGET } from '../../src/render/markdown.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { analyzeFixture, analyzeText, FIXTURES } from '../support/engine.js'
import { diffReport, HEAD_SHA, OPTIONS, policy, render } from '../support/hostile-reports.js'
import { codeTexts, LONE_SURROGATE, outsideCode, tables, toHtml } from '../support/markdown-html.js'
import { mutatedConfig } from '../support/mutate.js'
import { checkHostile, modelCellTexts, STATUS_ICONS } from '../support/render-checks.js'

/** [name, the string, what its model cell shows] — the shown text follows escape.ts's rule. */
const NAMED: [string, string, string][] = [
  ['a single backtick', '`', '`'],
  ['a backtick run', 'a```b', 'a```b'],
  ['a leading backtick', '`lead', '`lead'],
  ['a trailing backtick', 'trail`', 'trail`'],
  ['backticks at both ends', '``both``', '``both``'],
  ['a pipe', 'a|b', 'a|b'],
  ['only pipes', '|||', '|||'],
  // GFM reads an odd run of backslashes before a pipe as an escape: one more backslash shows.
  ['an escaped pipe', 'a\\|b', 'a\\\\|b'],
  ['a trailing backslash', 'ends\\', 'ends\\'],
  ['a newline', 'a\nb', 'a\\nb'],
  ['CR LF', 'a\r\nb', 'a\\r\\nb'],
  ['a workflow command', '\n::error file=x::pwned', '\\n::error file=x::pwned'],
  ['an encoded mention', '&#64;user', '&#64;user'],
  ['a named-entity mention', '&commat;user', '&commat;user'],
  ['a mention', '@octocat', '@octocat'],
  ['a team mention', '@org/team', '@org/team'],
  ['an issue reference', '#123', '#123'],
  ['a URL', 'https://evil.example/x?y', 'https://evil.example/x?y'],
  ['a bare www link', 'www.evil.example', 'www.evil.example'],
  ['an image', '<img src=x>', '<img src=x>'],
  ['a script', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['a details element', '<details open>x', '<details open>x'],
  ['a closing code tag', '</code><b>x</b>', '</code><b>x</b>'],
  [
    'the sticky marker',
    '<!-- cachespec:comment key=default head=abc -->',
    '<!-- cachespec:comment key=default head=abc -->'
  ],
  ['a markdown link', '[click](https://evil.example)', '[click](https://evil.example)'],
  ['a right-to-left override', 'gnp.\u202eexe', 'gnp.\\u202eexe'],
  ['bidi isolates and marks', '\u2066a\u2069\u200f\u061c', '\\u2066a\\u2069\\u200f\\u061c'],
  ['a zero-width space', 'a\u200bb', 'a\\u200bb'],
  ['a lone high surrogate', 'a\ud800b', 'a\ufffdb'],
  ['a lone low surrogate', '\udc00z', '\ufffdz']
]

describe('named hostile strings', () => {
  it.each(NAMED)('%s', (_name, s, shown) => {
    const [scan, diff] = checkHostile(s)
    expect(modelCellTexts(scan.html)).toEqual([[shown]])
    expect(modelCellTexts(diff.html).flat()).toContain(shown)
  })

  it.each(NAMED)('%s, with finding links', (_name, s) => {
    checkHostile(s, { serverUrl: 'https://github.com', repository: 'zoo/models', sha: HEAD_SHA })
  })

  it('a 1 MB string is capped in its cell and the body stays small', () => {
    const s = '@octocat `|` <img src=x> '.repeat(Math.ceil((1024 * 1024) / 25))
    expect(s.length).toBeGreaterThanOrEqual(1024 * 1024)
    const [scan, diff] = checkHostile(s)
    const [cell] = modelCellTexts(scan.html)[0]
    expect(cell.length).toBeLessThanOrEqual(120)
    expect(cell.endsWith('…')).toBe(true)
    expect(s.startsWith(cell.slice(0, -1))).toBe(true)
    // One model with every string capped: far below either budget.
    expect(Buffer.byteLength(scan.markdown)).toBeLessThan(64 * 1024)
    expect(Buffer.byteLength(diff.markdown)).toBeLessThan(COMMENT_BUDGET)
  })

  it('capping never leaves half of a surrogate pair', () => {
    // 100 emoji are 200 UTF-16 units: any cut at an odd unit would split one.
    for (const s of ['😀'.repeat(100), `a${'😀'.repeat(100)}`, `\u202e${'𝔸'.repeat(80)}`]) {
      const [scan, diff] = checkHostile(s)
      expect(LONE_SURROGATE.test(scan.markdown)).toBe(false)
      expect(LONE_SURROGATE.test(diff.markdown)).toBe(false)
    }
  })
})

const CORPUS = readdirSync(join(FIXTURES, 'corpus')).filter((n) => !n.endsWith('.md'))
const corpusReports: ModelReport[] = CORPUS.map((n) => analyzeFixture(`corpus/${n}`))

function scanOf(models: ModelReport[]): ScanReport {
  const gate = evaluateGate(subjectsOfScan(models), policy())
  return { schemaVersion: 1, kind: 'scan', options: OPTIONS, shard: null, models, gate }
}

describe('real reports', () => {
  it('a scan of the corpus: one row per model, every row with all its cells', () => {
    const html = toHtml(render(scanOf(corpusReports)))
    const all = tables(html)
    expect(all[0].header).toEqual([
      'Model',
      'Type',
      'Layers',
      'KV heads',
      'head_dim',
      'Window · pattern',
      'KV / token',
      'Cache @ 32K',
      'Status'
    ])
    expect(all[0].rows).toHaveLength(CORPUS.length)
    for (const t of all) for (const row of t.rows) expect(row).toHaveLength(t.header.length)
    for (const row of all[0].rows) expect(STATUS_ICONS).toContain(row[row.length - 1])
    expect(all[0].rows.map((r) => codeTexts(r[0])[0]).sort()).toEqual(
      CORPUS.map((n) => `corpus/${n}/config.json`).sort()
    )
  })

  it('a diff of real configs: the comment starts with the marker and keeps every row whole', () => {
    const changes: ModelChange[] = corpusReports.slice(1).map((head, i) => ({
      path: head.path,
      change: 'modified',
      previousPath: null,
      base: { ...corpusReports[i], path: head.path },
      head
    }))
    const md = render(diffReport(changes, { failOn: 'error' }))
    expect(md.startsWith(`<!-- cachespec:comment key=default head=${HEAD_SHA} -->\n`)).toBe(true)
    const html = toHtml(md)
    const all = tables(html)
    expect(all[0].header[all[0].header.length - 2]).toBe('Δ vs base')
    for (const t of all) for (const row of t.rows) expect(row).toHaveLength(t.header.length)
    expect(outsideCode(html)).not.toMatch(/@\w|#\d|https?:\/\/|www\./)
  })
})

/** The rows of the report table: the path in the first cell (plain paths only). */
function tablePaths(markdown: string): string[] {
  const paths: string[] = []
  for (const line of markdown.split('\n')) {
    const m = /^\| (?:~~)?`([^`]+)`/.exec(line)
    if (m) paths.push(m[1])
  }
  return paths
}

function omittedCount(markdown: string, where: string): number | null {
  const m = new RegExp(`_(\\d+) more models? \\(the least changed\\) are in ${where}\\._`).exec(
    markdown
  )
  return m ? Number(m[1]) : null
}

describe('size budgets', () => {
  it(
    'a scan of 100,000 models: the summary stays under 1 MiB, failing rows first, the rest counted',
    { timeout: 600_000 },
    () => {
      const broken = analyzeText('{"model_type": "llama", "num_hidden_layers": "32"}')
      const models: ModelReport[] = Array.from({ length: 100_000 }, (_, i) => {
        const path = `zoo/m${String(i).padStart(6, '0')}/config.json`
        return i % 10_000 === 7
          ? { ...broken, path }
          : { ...corpusReports[i % corpusReports.length], path }
      })
      const report = scanOf(models)
      const failing = new Set(models.filter((m) => m.status === 'invalid').map((m) => m.path))
      expect(failing.size).toBe(10)

      const md = render(report)
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET)
      expect(SUMMARY_BUDGET).toBeLessThan(1024 * 1024)
      expect(md).toContain('**100000 model configs** audited · 10 could not be evaluated')
      const shown = tablePaths(md)
      const omitted = omittedCount(md, 'the JSON report')
      expect(omitted).not.toBeNull()
      expect(shown.length + (omitted ?? 0)).toBe(100_000)
      expect(new Set(shown).size).toBe(shown.length)
      // Failing models first, then the largest caches; nothing left out is larger than what is shown.
      expect(new Set(shown.slice(0, 10))).toEqual(failing)
      const byPath = new Map(models.map((m) => [m.path, m]))
      const total = (path: string) => totalAt(byPath.get(path) ?? null, 32768) ?? -1n
      const shownTotals = shown.slice(10).map(total)
      for (let i = 1; i < shownTotals.length; i++)
        expect(shownTotals[i] <= shownTotals[i - 1]).toBe(true)
      const shownSet = new Set(shown)
      const smallestShown = shownTotals[shownTotals.length - 1]
      for (const m of models)
        if (!shownSet.has(m.path)) expect(total(m.path) <= smallestShown).toBe(true)
    }
  )

  it(
    'a diff of 10,000 changes: the comment stays under 65,536 characters, failing and most-changed rows first',
    { timeout: 600_000 },
    () => {
      const base = corpusReports.find((m) => m.path.includes('Llama-3.1-8B')) as ModelReport
      const broken = analyzeText('{"model_type": "llama", "num_hidden_layers": -1}')
      const heads = corpusReports.filter((m) => totalAt(m, 32768) !== totalAt(base, 32768))
      const changes: ModelChange[] = Array.from({ length: 10_000 }, (_, i) => {
        const path = `zoo/m${String(i).padStart(5, '0')}/config.json`
        const head = i % 1000 === 3 ? broken : heads[i % heads.length]
        return {
          path,
          change: 'modified',
          previousPath: null,
          base: { ...base, path },
          head: { ...head, path }
        }
      })
      const report = diffReport(changes, { failOn: 'error' })
      const failing = new Set(
        changes.filter((c) => c.head?.status === 'invalid').map((c) => c.path)
      )
      expect(failing.size).toBe(10)

      const md = render(report)
      expect(md.length).toBeLessThan(65_536)
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(COMMENT_BUDGET)
      expect(md.startsWith(`<!-- cachespec:comment key=default head=${HEAD_SHA} -->`)).toBe(true)
      const shown = tablePaths(md)
      const omitted = omittedCount(md, 'the job summary')
      expect(omitted).not.toBeNull()
      expect(shown.length + (omitted ?? 0)).toBe(10_000)
      expect(new Set(shown.slice(0, 10))).toEqual(failing)
      const byPath = new Map(changes.map((c) => [c.path, c]))
      const size = (path: string) => {
        const d = deltaAt(byPath.get(path) as ModelChange, 32768)
        return d === null ? -1n : d.bytes < 0n ? -d.bytes : d.bytes
      }
      const shownSizes = shown.slice(10).map(size)
      for (let i = 1; i < shownSizes.length; i++)
        expect(shownSizes[i] <= shownSizes[i - 1]).toBe(true)
      const shownSet = new Set(shown)
      const smallestShown = shownSizes[shownSizes.length - 1]
      for (const c of changes)
        if (!shownSet.has(c.path)) expect(size(c.path) <= smallestShown).toBe(true)
      // Whatever was cut, the HTML still has whole rows.
      for (const t of tables(toHtml(md)))
        for (const row of t.rows) expect(row).toHaveLength(t.header.length)
    }
  )
})

/** Exponent notation, NaN or Infinity where a number is printed. */
const BAD_NUMBER = /NaN|Infinity|\d(?:\.\d+)?[eE][+-]?\d/

describe('numbers are printed exactly', () => {
  it('format helpers never print NaN, Infinity or an exponent (property)', () => {
    const bytes = fc.bigInt({ min: -(1n << 62n), max: 1n << 62n })
    fc.assert(
      fc.property(
        bytes,
        fc.double({ min: -1e17, max: 1e17, noNaN: true }),
        fc.integer({ min: 1, max: 1 << 30 }),
        (b, p, t) => {
          for (const text of [
            formatBytes(b),
            formatExact(b),
            formatDelta({ bytes: b, percent: p }),
            formatPercent(p),
            formatTokens(t)
          ]) {
            expect(text).not.toMatch(BAD_NUMBER)
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it('mutated real configs render no NaN, Infinity or exponent outside quoted text (property)', () => {
    const links = { serverUrl: 'https://github.com', repository: 'zoo/models', sha: HEAD_SHA }
    fc.assert(
      fc.property(mutatedConfig, ({ name, text }) => {
        // A neutral path: fixture names such as "…-16E-6bit" look like exponents themselves.
        const path = 'models/m/config.json'
        const original = analyzeFixture(name)
        const mutated = analyzeConfig({ path, text }, DEFAULT_OPTIONS)
        const scanMd = render(scanOf([mutated]))
        const change: ModelChange = {
          path,
          change: 'modified',
          previousPath: null,
          base: { ...original, path },
          head: mutated
        }
        const diff = diffReport([change], {
          failOn: 'error',
          maxIncreasePercent: 10,
          maxMemory: [{ context: 32768, bytes: 1n << 30n }]
        })
        const diffMd = renderMarkdown(diff, {
          version: 't',
          links,
          marker: { key: 'default', headSha: HEAD_SHA },
          overflowPointer: 'the job summary',
          budget: COMMENT_BUDGET
        })
        // Config text is only ever quoted inside code spans; everything outside is cachespec's own.
        for (const md of [scanMd, diffMd]) expect(outsideCode(toHtml(md))).not.toMatch(BAD_NUMBER)
        // The terminal diff table has no config text at all before its findings.
        const terminal = renderTerminal(diff).split('\nFindings:')[0]
        expect(terminal).not.toMatch(BAD_NUMBER)
      }),
      { numRuns: 200 }
    )
  })
})
