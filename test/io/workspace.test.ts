/**
 * Workspace hazards (issue 4, T21–T23) through the built CLI: symlinks are reported and never
 * followed (no byte of the target reaches any output), LFS pointers and huge files get their own
 * findings, and odd file names stay intact in JSON and keep the markdown table whole.
 */
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ModelReport } from '../../src/engine/report.js'
import type { DiffReport, ScanReport } from '../../src/engine/run.js'
import { TestRepo } from '../support/action-harness.js'
import {
  parseJsonOutput,
  reportValidators,
  runCli,
  TempDir,
  committedSchema,
  schemaErrors
} from '../support/cli.js'
import { fixtureText } from '../support/engine.js'
import { codeTexts, outsideCode, tables, toHtml } from '../support/markdown-html.js'

const LLAMA = fixtureText('corpus/meta-llama--Llama-3.1-8B-Instruct/config.json')
const validators = reportValidators(committedSchema())

/**
 * The secret a symlink points at: a valid config (so following it would "work") whose every
 * distinctive part is a marker that must never appear in any output.
 */
const SECRET_MARKERS = ['S3CR3T-RUNNER-TOKEN', '777771', 'secret_model_type']
const SECRET = JSON.stringify({
  model_type: 'secret_model_type',
  api_token: 'S3CR3T-RUNNER-TOKEN',
  num_hidden_layers: 777771,
  num_attention_heads: 8,
  hidden_size: 64,
  torch_dtype: 'bfloat16'
})

function expectNoSecret(output: string, where: string): void {
  for (const marker of SECRET_MARKERS)
    expect(output.includes(marker), `${where} shows ${marker}`).toBe(false)
}

const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 4821\n'

/** Folder names a fork may use; each holds a real config. */
const ODD_NAMES = [
  'with space',
  'ünï código 模型',
  'new\nline',
  'pi|pe',
  'back`tick',
  '@octocat #123',
  '<img src=x>'
]

function byPath(models: readonly ModelReport[], path: string): ModelReport {
  const m = models.find((x) => x.path === path)
  if (!m)
    throw new Error(`${JSON.stringify(path)} not in ${JSON.stringify(models.map((x) => x.path))}`)
  return m
}

describe('scan of a workspace with hostile files', () => {
  const outside = new TempDir('cachespec-secret-')
  const ws = new TempDir('cachespec-ws-')

  beforeAll(() => {
    outside.write('config.json', SECRET)
    outside.write('folder/config.json', SECRET)
    ws.write('models/good/config.json', LLAMA)
    // A config that is a symlink to a file outside the workspace.
    mkdirSync(ws.path('models', 'linked-file'), { recursive: true })
    symlinkSync(outside.path('config.json'), ws.path('models', 'linked-file', 'config.json'))
    // A folder that is a symlink to a folder outside (holding a config.json).
    symlinkSync(outside.path('folder'), ws.path('models', 'linked-folder'))
    // A relative symlink that escapes the workspace.
    mkdirSync(ws.path('models', 'relative'), { recursive: true })
    symlinkSync(
      join('..', '..', '..', outside.dir.split('/').pop() ?? '', 'config.json'),
      ws.path('models', 'relative', 'config.json')
    )
    ws.write('models/lfs/config.json', LFS_POINTER)
    ws.write('models/huge/config.json', LLAMA.replace('{', `{${' '.repeat(5 * 1024 * 1024)}`))
    for (const name of ODD_NAMES) ws.write(`odd/${name}/config.json`, LLAMA)
  })
  afterAll(() => {
    ws.remove()
    outside.remove()
  })

  function scan(format: 'json' | 'markdown' | 'table', folder = '.') {
    return runCli(['scan', folder, '--format', format], { cwd: ws.dir })
  }

  it('symlinked configs and folders are reported as symlink, and fail the gate', () => {
    const result = scan('json')
    expect(result.status).toBe(1)
    const report = parseJsonOutput<ScanReport>(result)
    expect(validators.report(report), schemaErrors(validators.report)).toBe(true)
    for (const path of [
      'models/linked-file/config.json',
      'models/linked-folder',
      'models/relative/config.json'
    ]) {
      const m = byPath(report.models, path)
      expect(m.status).toBe('invalid')
      expect(m.memory).toBeNull()
      expect(m.findings.map((f) => [f.code, f.severity])).toEqual([['symlink', 'error']])
      expect(report.gate.failures.map((f) => f.path)).toContain(path)
    }
    // Nothing under the linked folder was listed as if it were part of the workspace.
    expect(report.models.some((m) => m.path.startsWith('models/linked-folder/'))).toBe(false)
    // The good config next to them is still analyzed.
    expect(byPath(report.models, 'models/good/config.json').memory?.kvBytesPerToken).toBe(131_072)
  })

  it.each(['json', 'markdown', 'table'] as const)(
    'no byte of a symlink target reaches %s output',
    (format) => {
      const result = scan(format)
      expect(result.stdout.length).toBeGreaterThan(0)
      expectNoSecret(result.stdout, format)
      expectNoSecret(result.stderr, `${format} stderr`)
    }
  )

  it('a symlinked config given directly is not followed either', () => {
    const result = runCli(['scan', 'models/linked-file/config.json', '--format', 'json'], {
      cwd: ws.dir
    })
    const report = parseJsonOutput<ScanReport>(result)
    expect(report.models.map((m) => [m.path, m.findings.map((f) => f.code)])).toEqual([
      ['models/linked-file/config.json', ['symlink']]
    ])
    expectNoSecret(result.stdout, 'json')
    const explained = runCli(['explain', 'models/linked-file/config.json'], { cwd: ws.dir })
    expect(explained.status).toBe(1)
    expect(explained.stdout).toMatch(/error\s+symlink/)
    expectNoSecret(explained.stdout, 'explain')
  })

  it('a Git LFS pointer gets lfs-pointer, not a JSON error', () => {
    const report = parseJsonOutput<ScanReport>(scan('json'))
    const m = byPath(report.models, 'models/lfs/config.json')
    expect(m.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['lfs-pointer', 'error', 1]
    ])
    expect(m.status).toBe('invalid')
  })

  it('a 5 MB config.json gets file-too-large', () => {
    const report = parseJsonOutput<ScanReport>(scan('json'))
    const m = byPath(report.models, 'models/huge/config.json')
    expect(m.findings.map((f) => f.code)).toEqual(['file-too-large'])
    expect(m.status).toBe('invalid')
    expect(m.memory).toBeNull()
  })

  it('odd file names stay intact in the JSON report', () => {
    const report = parseJsonOutput<ScanReport>(scan('json', 'odd'))
    expect(report.models.map((m) => m.path).sort()).toEqual(
      ODD_NAMES.map((n) => `odd/${n}/config.json`).sort()
    )
    for (const m of report.models) expect(m.memory?.kvBytesPerToken).toBe(131_072)
  })

  it('odd file names keep the markdown table whole and stay in code', () => {
    const result = scan('markdown', 'odd')
    expect(result.status).toBe(0)
    const html = toHtml(result.stdout)
    const [table] = tables(html)
    expect(table.rows).toHaveLength(ODD_NAMES.length)
    for (const row of table.rows) {
      expect(row).toHaveLength(table.header.length)
      expect(row[row.length - 1]).toBe('✅')
    }
    // Each model cell shows the path; the newline is shown as the two characters \n.
    const shown = table.rows.map((r) => codeTexts(r[0]))
    expect(shown.map((cells) => cells.length)).toEqual(ODD_NAMES.map(() => 1))
    expect(shown.map((cells) => cells[0]).sort()).toEqual(
      ODD_NAMES.map((n) => `odd/${n.replace('\n', '\\n')}/config.json`).sort()
    )
    const rest = outsideCode(html)
    expect(rest).not.toMatch(/@\w|#\d|<img/)
  })

  it('odd file names appear once per line in the table output', () => {
    const result = scan('table', 'odd')
    const lines = result.stdout.split('\n')
    for (const name of ODD_NAMES) {
      const shown = `odd/${name.replace('\n', '\\n')}/config.json`
      expect(lines.filter((l) => l.startsWith(shown))).toHaveLength(1)
    }
  })
})

describe('diff of commits with hostile files', () => {
  const outside = new TempDir('cachespec-secret-')
  let repo: TestRepo

  beforeAll(() => {
    outside.write('config.json', SECRET)
    outside.write('folder/config.json', SECRET)
    repo = new TestRepo()
    repo.commit({ 'models/good/config.json': LLAMA })
    repo.git('checkout', '-q', '-b', 'fork')
    repo.commit({
      'models/evil/config.json': { symlink: outside.path('config.json') },
      'models/evil-dir': { symlink: outside.path('folder') },
      'models/lfs/config.json': LFS_POINTER,
      'models/huge/config.json': LLAMA.replace('{', `{${' '.repeat(5 * 1024 * 1024)}`),
      'models/new\nline|pipe/config.json': LLAMA
    })
  })
  afterAll(() => {
    repo.remove()
    outside.remove()
  })

  function diff(format: 'json' | 'markdown' | 'table') {
    return runCli(['diff', '--base', 'main', '--head', 'fork', '--format', format], {
      cwd: repo.dir
    })
  }

  it('a committed symlink config is reported as symlink and fails the gate', () => {
    const result = diff('json')
    expect(result.status).toBe(1)
    const report = parseJsonOutput<DiffReport>(result)
    expect(validators.report(report), schemaErrors(validators.report)).toBe(true)
    const evil = report.changes.find((c) => c.path === 'models/evil/config.json')
    expect(evil?.change).toBe('added')
    expect(evil?.head?.findings.map((f) => f.code)).toEqual(['symlink'])
    expect(evil?.head?.status).toBe('invalid')
    expect(report.gate.failures.map((f) => f.path)).toContain('models/evil/config.json')
  })

  it('a committed symlinked folder is reported too', () => {
    const report = parseJsonOutput<DiffReport>(diff('json'))
    const dir = report.changes.find((c) => c.path.startsWith('models/evil-dir'))
    expect(dir, JSON.stringify(report.changes.map((c) => c.path))).toBeDefined()
    expect(dir?.head?.findings.map((f) => f.code)).toEqual(['symlink'])
  })

  it.each(['json', 'markdown', 'table'] as const)(
    'no byte of a symlink target reaches %s output',
    (format) => {
      const result = diff(format)
      expect(result.stdout.length).toBeGreaterThan(0)
      expectNoSecret(result.stdout, format)
      expectNoSecret(result.stderr, `${format} stderr`)
    }
  )

  it('a broken config in a folder whose name has a newline still fails the gate', () => {
    const hidden = new TestRepo()
    try {
      hidden.commit({ 'models/good/config.json': LLAMA })
      hidden.git('checkout', '-q', '-b', 'fork')
      hidden.commit({
        'models/a\nb/config.json': LLAMA.replace(
          '"num_hidden_layers": 32',
          '"num_hidden_layers": -32'
        )
      })
      const result = runCli(['diff', '--base', 'main', '--format', 'json'], { cwd: hidden.dir })
      const report = parseJsonOutput<DiffReport>(result)
      expect(report.changes.map((c) => c.path)).toEqual(['models/a\nb/config.json'])
      expect(result.status).toBe(1)
    } finally {
      hidden.remove()
    }
  })

  it('LFS pointers, huge files and odd names in commits', () => {
    const report = parseJsonOutput<DiffReport>(diff('json'))
    const codesOf = (path: string) =>
      report.changes.find((c) => c.path === path)?.head?.findings.map((f) => f.code)
    expect(codesOf('models/lfs/config.json')).toEqual(['lfs-pointer'])
    expect(codesOf('models/huge/config.json')).toEqual(['file-too-large'])
    const odd = report.changes.find((c) => c.path === 'models/new\nline|pipe/config.json')
    expect(odd?.change).toBe('added')
    expect(odd?.head?.memory?.kvBytesPerToken).toBe(131_072)
    const html = toHtml(diff('markdown').stdout)
    const [table] = tables(html)
    for (const row of table.rows) expect(row).toHaveLength(table.header.length)
    expect(table.rows.flatMap((r) => codeTexts(r[0]))).toContain(
      'models/new\\nline|pipe/config.json'
    )
  })
})
