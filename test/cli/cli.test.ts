/**
 * The built CLI (dist/cli.js) in a subprocess: scan, shards and merge, diff in a real git
 * repository, explain, exit codes, the JSON contract against schema/report.schema.json, and the
 * progress line. Every expected figure is derived in a comment from the config's own values.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ModelChange } from '../../src/engine/changes.js'
import type { ModelReport } from '../../src/engine/report.js'
import type { DiffReport, ScanReport } from '../../src/engine/run.js'
import { ROOT, TestRepo } from '../support/action-harness.js'
import {
  CLI,
  cleanEnv,
  committedSchema,
  parseJsonOutput,
  reportValidators,
  runCli,
  schemaErrors,
  TempDir,
  type CliResult
} from '../support/cli.js'
import { FIXTURES, fixtureText } from '../support/engine.js'

const CORPUS = 'test/fixtures/corpus'
const CORPUS_MODELS = readdirSync(join(FIXTURES, 'corpus')).filter((n) => !n.endsWith('.md'))
const corpusPath = (model: string) => `${CORPUS}/${model}/config.json`

const LLAMA_8B = 'meta-llama--Llama-3.1-8B-Instruct'
const LLAMA_1B = 'meta-llama--Llama-3.2-1B-Instruct'
const GIB = 1024 ** 3

// The schema as the CLI prints it; every JSON output below is validated against it.
const printedSchema = runCli(['schema'])
const validators = reportValidators(JSON.parse(printedSchema.stdout) as Record<string, unknown>)

function expectValidReport(value: unknown): void {
  const ok = validators.report(value)
  expect(ok, schemaErrors(validators.report)).toBe(true)
}

function scanJson(args: string[], cwd?: string): { result: CliResult; report: ScanReport } {
  const result = runCli(['scan', ...args, '--format', 'json'], { cwd })
  const report = parseJsonOutput<ScanReport>(result)
  expectValidReport(report)
  expect(report.kind).toBe('scan')
  return { result, report }
}

function model(report: ScanReport, path: string): ModelReport {
  const found = report.models.find((m) => m.path === path)
  if (!found) throw new Error(`${path} not in ${report.models.map((m) => m.path).join(', ')}`)
  return found
}

describe('cachespec schema', () => {
  it('prints the committed schema/report.schema.json byte for byte', () => {
    expect(printedSchema.status).toBe(0)
    expect(printedSchema.stderr).toBe('')
    expect(printedSchema.stdout).toBe(
      readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')
    )
    expect(JSON.parse(printedSchema.stdout)).toEqual(committedSchema())
  })

  it('is a draft 2020-12 schema for both report kinds', () => {
    const schema = JSON.parse(printedSchema.stdout) as { $schema: string; oneOf: unknown[] }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.oneOf).toHaveLength(2)
    // A report with a wrong shape is rejected, so the validation below means something.
    expect(validators.report({ schemaVersion: 1, kind: 'scan', models: [] })).toBe(false)
    expect(
      validators.report({
        schemaVersion: 2,
        kind: 'scan',
        options: {},
        shard: null,
        models: [],
        gate: {}
      })
    ).toBe(false)
  })
})

describe('scan over the corpus', () => {
  it('reports every corpus config, sorted by path, and exits 0', () => {
    const { result, report } = scanJson([CORPUS])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(report.models.map((m) => m.path)).toEqual(CORPUS_MODELS.map(corpusPath).sort())
    expect(report.shard).toBeNull()
    expect(report.gate).toEqual({ failed: false, failures: [] })
    // Defaults: contexts 4096, 32768, 131072; the primary context 32768 is one of them.
    expect(report.options).toEqual({
      contexts: [4096, 32768, 131072],
      kvDtype: 'auto',
      batch: 1,
      primaryContext: 32768
    })
    const llama = model(report, corpusPath(LLAMA_8B))
    expect(llama.status).toBe('ok')
    // 32 layers × 8 KV heads × 2 (K, V) × head_dim 128 (4096 / 32) × 2 B (bfloat16) = 131,072 B.
    expect(llama.memory?.kvBytesPerToken).toBe(131_072)
    // × 32,768 tokens = 4,294,967,296 B = 4 GiB; no recurrent state.
    expect(llama.memory?.at['32768']).toEqual({ kv: 4 * GIB, state: 0, total: 4 * GIB })
  })

  it('prints a table with one line per model and the gate', () => {
    const result = runCli(['scan', CORPUS])
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^MODEL\s+TYPE\s+LAYERS\s+KV HEADS\s+HEAD_DIM/)
    // Long paths are clipped with an ellipsis; each model's folder name still starts its line.
    for (const name of CORPUS_MODELS) {
      expect(
        lines.some((l) => l.startsWith(`${CORPUS}/${name.slice(0, 20)}`)),
        name
      ).toBe(true)
    }
    expect(lines.filter((l) => l.startsWith(`${CORPUS}/`))).toHaveLength(CORPUS_MODELS.length)
    expect(result.stdout).toContain('Gate: passed')
  })

  it('prints markdown with the report table (no sticky marker for a scan)', () => {
    const result = runCli(['scan', CORPUS, '--format', 'markdown'])
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith('<!--')).toBe(false)
    expect(result.stdout).toMatch(/^## cachespec/)
    expect(result.stdout).toContain('| Model | Type | Layers | KV heads | head_dim |')
    expect(result.stdout).toContain(`**${CORPUS_MODELS.length} model configs** audited`)
    for (const name of CORPUS_MODELS) expect(result.stdout).toContain(`\`${corpusPath(name)}\``)
  })

  it('--glob and --exclude choose the configs', () => {
    const google = CORPUS_MODELS.filter((n) => n.startsWith('google--'))
    expect(google.length).toBeGreaterThan(1)
    const only = scanJson([CORPUS, '--glob', '**/google--*/config.json']).report
    expect(only.models.map((m) => m.path)).toEqual(google.map(corpusPath).sort())
    const without = scanJson([CORPUS, '--exclude', '**/google--*/**']).report
    expect(without.models.map((m) => m.path)).toEqual(
      CORPUS_MODELS.filter((n) => !n.startsWith('google--'))
        .map(corpusPath)
        .sort()
    )
    // Two --glob flags add up.
    const two = scanJson([
      CORPUS,
      '--glob',
      `**/${LLAMA_8B}/config.json`,
      '--glob',
      `**/${LLAMA_1B}/config.json`
    ]).report
    expect(two.models.map((m) => m.path)).toEqual(
      [corpusPath(LLAMA_8B), corpusPath(LLAMA_1B)].sort()
    )
  })

  it('--context 4K,32K computes exactly those lengths', () => {
    const { report } = scanJson([CORPUS, '--context', '4K,32K'])
    expect(report.options.contexts).toEqual([4096, 32768])
    for (const m of report.models)
      expect(Object.keys(m.memory?.at ?? {})).toEqual(['4096', '32768'])
    // Llama 3.1 8B at 4,096 tokens: 131,072 B × 4,096 = 536,870,912 B (512 MiB).
    expect(model(report, corpusPath(LLAMA_8B)).memory?.at['4096'].total).toBe(536_870_912)
  })

  it('--kv-dtype fp8 sizes one byte per element', () => {
    const { report } = scanJson([CORPUS, '--kv-dtype', 'fp8'])
    expect(report.options.kvDtype).toBe('fp8')
    const llama = model(report, corpusPath(LLAMA_8B))
    expect(llama.memory?.kvDtype).toBe('fp8')
    expect(llama.memory?.bytesPerElement).toBe(1)
    // 32 × 8 × 2 × 128 × 1 B = 65,536 B per token; × 32,768 = 2 GiB.
    expect(llama.memory?.kvBytesPerToken).toBe(65_536)
    expect(llama.memory?.at['32768'].total).toBe(2 * GIB)
  })

  it('--batch 2 doubles the per-sequence figures, not the per-token one', () => {
    const { report } = scanJson([CORPUS, '--batch', '2'])
    expect(report.options.batch).toBe(2)
    const llama = model(report, corpusPath(LLAMA_8B))
    expect(llama.memory?.kvBytesPerToken).toBe(131_072)
    // 2 sequences × 4 GiB at 32,768 tokens = 8 GiB.
    expect(llama.memory?.at['32768'].total).toBe(8 * GIB)
  })

  it('--max-memory 32768:1GiB fails exactly the models over 1 GiB (inclusive budget)', () => {
    const all = scanJson([CORPUS]).report
    const over = all.models
      .filter((m) => (m.memory?.at['32768'].total ?? Infinity) > GIB)
      .map((m) => m.path)
      .sort()
    // Llama 3.2 1B sits exactly on the budget: 16 layers × 8 × 2 × head_dim 64 × 2 B = 32,768 B per
    // token; × 32,768 tokens = 2^30 B = 1 GiB, which is allowed.
    expect(model(all, corpusPath(LLAMA_1B)).memory?.at['32768'].total).toBe(GIB)
    expect(over).not.toContain(corpusPath(LLAMA_1B))
    expect(over).toContain(corpusPath(LLAMA_8B))
    const { result, report } = scanJson([CORPUS, '--max-memory', '32768:1GiB'])
    expect(result.status).toBe(1)
    expect(report.gate.failed).toBe(true)
    expect([...new Set(report.gate.failures.map((f) => f.path))].sort()).toEqual(over)
    const llamaFailure = report.gate.failures.find((f) => f.path === corpusPath(LLAMA_8B))
    expect(llamaFailure?.reason).toContain(String(4 * GIB))
  })

  it('a config file as the argument is scanned alone', () => {
    const { result, report } = scanJson([corpusPath(LLAMA_8B)])
    expect(result.status).toBe(0)
    expect(report.models.map((m) => m.path)).toEqual([corpusPath(LLAMA_8B)])
  })
})

describe('scan exit codes and --fail-on', () => {
  const zoo = new TempDir()
  const llama = fixtureText(`corpus/${LLAMA_8B}/config.json`)
  beforeAll(() => {
    zoo.write('clean/llama/config.json', llama)
    // A duplicate key is a warning (at the second occurrence).
    zoo.write(
      'warn/dup/config.json',
      llama.replace('"hidden_size": 4096,', '"hidden_size": 4096,\n    "hidden_size": 4096,')
    )
    zoo.write('warn/llama/config.json', llama)
    // A string where a size belongs is an error.
    zoo.write(
      'error/bad/config.json',
      llama.replace('"num_hidden_layers": 32', '"num_hidden_layers": "32"')
    )
    zoo.write('error/llama/config.json', llama)
  })
  afterAll(() => zoo.remove())

  it('0 when nothing reaches --fail-on, 1 when a finding does', () => {
    expect(runCli(['scan', zoo.path('clean')]).status).toBe(0)
    expect(runCli(['scan', zoo.path('clean'), '--fail-on', 'warning']).status).toBe(0)
    // A warning passes the default gate (error) and fails --fail-on warning.
    expect(runCli(['scan', zoo.path('warn')]).status).toBe(0)
    const warned = runCli(['scan', zoo.path('warn'), '--fail-on', 'warning', '--format', 'json'])
    expect(warned.status).toBe(1)
    const report = parseJsonOutput<ScanReport>(warned)
    expectValidReport(report)
    expect(report.gate.failures.map((f) => f.path)).toEqual([`${zoo.path('warn')}/dup/config.json`])
    expect(report.gate.failures[0].reason).toMatch(/^warning duplicate-key at line \d+/)
    // An error fails the default gate; --fail-on never lets it pass.
    expect(runCli(['scan', zoo.path('error')]).status).toBe(1)
    expect(runCli(['scan', zoo.path('error'), '--fail-on', 'never']).status).toBe(0)
  })

  it('one bad file never stops the others', () => {
    const { report } = scanJson([zoo.path('error')])
    expect(report.models).toHaveLength(2)
    const bad = report.models.find((m) => m.path.endsWith('bad/config.json'))
    const good = report.models.find((m) => m.path.endsWith('llama/config.json'))
    expect(bad?.status).toBe('invalid')
    expect(bad?.memory).toBeNull()
    expect(bad?.findings.map((f) => f.code)).toContain('invalid-size')
    expect(good?.status).toBe('ok')
    expect(good?.memory?.kvBytesPerToken).toBe(131_072)
  })
})

describe('exit code 2 for usage errors', () => {
  const notRepo = new TempDir('cachespec-norepo-')
  afterAll(() => notRepo.remove())

  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['scan', CORPUS, '--bogus'], /unknown option --bogus/],
    ['a bad --context value', ['scan', CORPUS, '--context', '4Q'], /--context/],
    ['a zero --context value', ['scan', CORPUS, '--context', '0'], /--context/],
    ['a bad --kv-dtype', ['scan', CORPUS, '--kv-dtype', 'int3'], /--kv-dtype/],
    ['a bad --batch', ['scan', CORPUS, '--batch', '0'], /--batch/],
    ['a bad --fail-on', ['scan', CORPUS, '--fail-on', 'notice'], /--fail-on/],
    ['a bad --format', ['scan', CORPUS, '--format', 'xml'], /--format/],
    ['a bad --shard', ['scan', CORPUS, '--shard', '4/3'], /--shard/],
    ['a missing path', ['scan', 'no/such/folder'], /no such file or folder/],
    ['diff without --base', ['diff'], /--base/],
    ['an unknown command', ['frobnicate'], /unknown command/]
  ]
  it.each(cases)('%s', (_name, args, message) => {
    const result = runCli(args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })

  it('diff outside a git repository', () => {
    const result = runCli(['diff', '--base', 'main'], {
      cwd: notRepo.dir,
      env: { GIT_CEILING_DIRECTORIES: join(notRepo.dir, '..') }
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/git repository/)
  })
})

describe('shards and merge', () => {
  const out = new TempDir('cachespec-shards-')
  afterAll(() => out.remove())

  it('three shards partition the corpus and merge back into the unsharded scan', () => {
    const whole = scanJson([CORPUS]).report
    const files: string[] = []
    const seen: string[] = []
    for (const i of [1, 2, 3]) {
      const { result, report } = scanJson([CORPUS, '--shard', `${i}/3`])
      expect(result.status).toBe(0)
      expect(report.shard).toEqual({ index: i, count: 3 })
      seen.push(...report.models.map((m) => m.path))
      files.push(out.write(`shard-${i}.json`, result.stdout))
    }
    // Disjoint and complete.
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(whole.models.map((m) => m.path))
    // The same shard twice is the same set (deterministic by path).
    expect(scanJson([CORPUS, '--shard', '2/3']).report.models.map((m) => m.path)).toEqual(
      parseJsonOutput<ScanReport>({
        status: 0,
        stdout: readFileSync(files[1], 'utf8'),
        stderr: ''
      }).models.map((m) => m.path)
    )

    const merged = runCli(['merge', ...files, '--format', 'json'])
    expect(merged.status).toBe(0)
    expect(merged.stderr).toBe('')
    const report = parseJsonOutput<ScanReport>(merged)
    expectValidReport(report)
    expect(report.models).toEqual(whole.models)
    expect(report.options).toEqual(whole.options)
    expect(report.gate).toEqual(whole.gate)
    expect(report.shard).toBeNull()
  })

  it('merge warns when a shard is missing and gates the merged models', () => {
    const files = [1, 2].map((i) =>
      out.write(
        `budget-${i}.json`,
        runCli(['scan', CORPUS, '--shard', `${i}/3`, '--format', 'json']).stdout
      )
    )
    const merged = runCli(['merge', ...files, '--format', 'json', '--max-memory', '32768:1GiB'])
    expect(merged.stderr).toMatch(/2 distinct shard\(s\) of 3/)
    const report = parseJsonOutput<ScanReport>(merged)
    expectValidReport(report)
    const over = report.models.filter((m) => (m.memory?.at['32768'].total ?? Infinity) > GIB)
    expect(over.length).toBeGreaterThan(0)
    expect(merged.status).toBe(1)
    expect(new Set(report.gate.failures.map((f) => f.path))).toEqual(
      new Set(over.map((m) => m.path))
    )
  })

  it('merge refuses a file that is not a scan report (exit 2)', () => {
    const bogus = out.write('bogus.json', JSON.stringify({ schemaVersion: 1, kind: 'scan' }))
    const result = runCli(['merge', bogus])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/not a cachespec scan report/)
  })
})

describe('diff in a real git repository', () => {
  let repo: TestRepo
  let mergeBase: string
  let mainTip: string
  let featureTip: string
  const llama = fixtureText(`corpus/${LLAMA_8B}/config.json`)
  const llama16 = llama.replace('"num_key_value_heads": 8', '"num_key_value_heads": 16')

  beforeAll(() => {
    repo = new TestRepo()
    mergeBase = repo.commit({
      'README.md': 'a zoo',
      'models/llama/config.json': llama,
      'models/gemma/config.json': fixtureText('corpus/google--gemma-3-4b-it/config.json'),
      'models/old/config.json': fixtureText('corpus/microsoft--phi-2/config.json'),
      'models/qwen/config.json': fixtureText('corpus/Qwen--Qwen3-8B/config.json')
    })
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit({
      'models/llama/config.json': llama16,
      'models/new/config.json': fixtureText('written/mistralai--Mistral-7B-v0.1/config.json'),
      'models/old/config.json': null,
      'models/qwen/config.json': null,
      'models/qwen3/config.json': fixtureText('corpus/Qwen--Qwen3-8B/config.json'),
      'docs/notes.md': 'not a config'
    })
    featureTip = repo.git('rev-parse', 'HEAD')
    // main moves on after the branch: a diff against main itself would show the gemma edit.
    repo.checkout('main')
    mainTip = repo.commit({
      'models/gemma/config.json': fixtureText('corpus/google--gemma-3-27b-it/config.json')
    })
    repo.checkout('feature')
  })
  afterAll(() => repo.remove())

  function diffJson(args: string[], cwd = repo.dir): { result: CliResult; report: DiffReport } {
    const result = runCli(['diff', ...args, '--format', 'json'], { cwd })
    const report = parseJsonOutput<DiffReport>(result)
    expectValidReport(report)
    return { result, report }
  }

  function change(report: DiffReport, path: string): ModelChange {
    const found = report.changes.find((c) => c.path === path)
    if (!found) throw new Error(`${path} not in ${report.changes.map((c) => c.path).join(', ')}`)
    return found
  }

  it('compares against the merge base, with full SHAs', () => {
    expect(mainTip).not.toBe(mergeBase)
    expect(repo.git('merge-base', 'main', 'feature')).toBe(mergeBase)
    const { result, report } = diffJson(['--base', 'main', '--head', 'feature'])
    expect(result.status).toBe(0)
    expect(report.kind).toBe('diff')
    expect(report.base).toEqual({ rev: 'main', sha: mergeBase })
    expect(report.head).toEqual({ rev: 'feature', sha: featureTip })
    expect(report.base.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(report.head.sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('lists added, removed, modified and renamed configs, nothing else', () => {
    const { report } = diffJson(['--base', 'main', '--head', 'feature'])
    expect(report.changes.map((c) => [c.path, c.change, c.previousPath])).toEqual([
      ['models/llama/config.json', 'modified', null],
      ['models/new/config.json', 'added', null],
      ['models/old/config.json', 'removed', null],
      ['models/qwen3/config.json', 'renamed', 'models/qwen/config.json']
    ])
    // The gemma edit happened on main after the branch point: not part of this change.
    expect(report.changes.some((c) => c.path.includes('gemma'))).toBe(false)

    const modified = change(report, 'models/llama/config.json')
    // Base: 32 × 8 × 2 × 128 × 2 B = 131,072 B/token; head: 16 KV heads → 262,144 B/token.
    expect(modified.base?.memory?.kvBytesPerToken).toBe(131_072)
    expect(modified.head?.memory?.kvBytesPerToken).toBe(262_144)
    expect(modified.base?.path).toBe('models/llama/config.json')

    const added = change(report, 'models/new/config.json')
    expect(added.base).toBeNull()
    // Mistral 7B v0.1: 32 × 8 × 2 × 128 × 2 B = 131,072 B/token, window 4,096 on every layer, so
    // at 32,768 tokens only 4,096 are held: 131,072 × 4,096 = 536,870,912 B.
    expect(added.head?.memory?.at['32768'].total).toBe(536_870_912)

    const removed = change(report, 'models/old/config.json')
    expect(removed.head).toBeNull()
    // phi-2: 32 layers × 32 KV heads × 2 × head_dim 80 (2560 / 32) × 2 B (float16) = 327,680 B.
    expect(removed.base?.memory?.kvBytesPerToken).toBe(327_680)

    const renamed = change(report, 'models/qwen3/config.json')
    expect(renamed.base?.path).toBe('models/qwen/config.json')
    expect(renamed.head?.path).toBe('models/qwen3/config.json')
    // Qwen3-8B on both sides: 36 × 8 × 2 × 128 × 2 B = 147,456 B/token.
    expect(renamed.base?.memory?.kvBytesPerToken).toBe(147_456)
    expect(renamed.head?.memory?.kvBytesPerToken).toBe(147_456)
  })

  it('paths are relative to the repository root with /, from any folder inside it', () => {
    const atRoot = diffJson(['--base', 'main', '--head', 'feature']).report
    const fromSub = diffJson(
      ['--base', 'main', '--head', 'feature'],
      join(repo.dir, 'models', 'llama')
    ).report
    expect(fromSub.changes).toEqual(atRoot.changes)
    for (const c of atRoot.changes) {
      expect(c.path.startsWith('/')).toBe(false)
      expect(c.path).not.toContain('\\')
      expect(c.path.startsWith('models/')).toBe(true)
    }
    // A path argument restricts the diff to a folder (relative to the current directory).
    const onlyLlama = diffJson(
      ['--base', 'main', '--head', 'feature', '.'],
      join(repo.dir, 'models', 'llama')
    ).report
    expect(onlyLlama.changes.map((c) => c.path)).toEqual(['models/llama/config.json'])
  })

  it('--head defaults to HEAD', () => {
    const { report } = diffJson(['--base', 'main'])
    expect(report.head).toEqual({ rev: 'HEAD', sha: featureTip })
    expect(report.base.sha).toBe(mergeBase)
  })

  it('--format markdown is the PR comment: sticky marker first, then the table', () => {
    const result = runCli(['diff', '--base', 'main', '--head', 'feature', '--format', 'markdown'], {
      cwd: repo.dir
    })
    expect(result.status).toBe(0)
    const firstLine = result.stdout.split('\n')[0]
    expect(firstLine).toBe(`<!-- cachespec:comment key=default head=${featureTip} -->`)
    expect(result.stdout).toContain(
      '| Model | Type | Layers | KV heads | head_dim | Window · pattern | KV / token | Cache @ 32K | Δ vs base | Status |'
    )
    expect(result.stdout).toContain('`models/new/config.json` (new)')
    expect(result.stdout).toContain('~~`models/old/config.json`~~ (removed)')
    expect(result.stdout).toContain('`models/qwen3/config.json` ← `models/qwen/config.json`')
    // The llama change: 4 GiB → 8 GiB at 32K, +100%.
    expect(result.stdout).toContain('▲ +4 GiB (+100%)')
    // A --comment-key changes the marker.
    const keyed = runCli(
      ['diff', '--base', 'main', '--format', 'markdown', '--comment-key', 'zoo-2'],
      { cwd: repo.dir }
    )
    expect(keyed.stdout.split('\n')[0]).toBe(
      `<!-- cachespec:comment key=zoo-2 head=${featureTip} -->`
    )
  })

  it('a failing head exits 1; an unknown revision exits 2', () => {
    const broken = new TestRepo()
    try {
      broken.commit({ 'm/config.json': llama })
      broken.git('checkout', '-q', '-b', 'bad')
      broken.commit({
        'm/config.json': llama.replace('"num_key_value_heads": 8', '"num_key_value_heads": 8.5')
      })
      const { result, report } = diffJson(['--base', 'main'], broken.dir)
      expect(result.status).toBe(1)
      expect(report.changes[0].head?.status).toBe('invalid')
      expect(report.gate.failures.map((f) => f.path)).toEqual(['m/config.json'])
      const unknown = runCli(['diff', '--base', 'no-such-branch'], { cwd: broken.dir })
      expect(unknown.status).toBe(2)
      expect(unknown.stderr).toMatch(/no-such-branch/)
    } finally {
      broken.remove()
    }
  })
})

describe('explain', () => {
  const tmp = new TempDir('cachespec-explain-')
  afterAll(() => tmp.remove())

  /** The per-layer rows of the explain table. */
  function layerRows(stdout: string) {
    const rows: {
      index: number
      kind: string
      kvHeads: number
      headDim: number
      window: string
      bytes: string
      tier: number
      source: string
    }[] = []
    for (const line of stdout.split('\n')) {
      const m =
        /^\s*(\d+)\s{2,}(\w+)\s{2,}(\d+)\s{2,}(\d+)\s{2,}(\S+)\s{2,}([\d,]+|-)\s{2,}([123])\s{2,}(.+)$/.exec(
          line
        )
      if (m) {
        rows.push({
          index: Number(m[1]),
          kind: m[2],
          kvHeads: Number(m[3]),
          headDim: Number(m[4]),
          window: m[5],
          bytes: m[6],
          tier: Number(m[7]),
          source: m[8]
        })
      }
    }
    return rows
  }

  it('Gemma 3 27B: 62 layers, every 6th global (Tier 3), each with its source', () => {
    const result = runCli(['explain', corpusPath('google--gemma-3-27b-it')])
    expect(result.status).toBe(0)
    const rows = layerRows(result.stdout)
    // text_config.num_hidden_layers 62; no sliding_window_pattern, so transformers' default 6:
    // layer i is global when (i + 1) % 6 == 0 → 5, 11, …, 59; layers 60 and 61 are local.
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: 62 }, (_, i) => i))
    const globals = rows.filter((r) => r.kind === 'full').map((r) => r.index)
    expect(globals).toEqual([5, 11, 17, 23, 29, 35, 41, 47, 53, 59])
    for (const r of rows) {
      expect(r.kind).toBe((r.index + 1) % 6 === 0 ? 'full' : 'sliding')
      expect(r.window).toBe(r.kind === 'sliding' ? '1024' : '-') // text_config.sliding_window 1024
      expect(r.kvHeads).toBe(16) // num_key_value_heads 16
      expect(r.headDim).toBe(128) // explicit head_dim 128 (not 5376 / 32 = 168)
      // 16 × 2 × 128 × 2 B (bfloat16, inherited from the top-level torch_dtype) = 8,192 B.
      expect(r.bytes).toBe('8,192')
      expect(r.tier).toBe(3) // the config declares no pattern: the model-type default
      expect(r.source).toMatch(/gemma3/)
    }
    expect(result.stdout).toContain('Tiers: 1 = declared in the config')
  })

  it('with a sibling model.safetensors.index.json, the layers come from Tier 2', () => {
    const folder = 'test/fixtures/corpus-index/jeevanchaps--Meta-Llama3.1-8B-Instruct-assessment'
    const withIndex = runCli(['explain', `${folder}/config.json`])
    expect(withIndex.status).toBe(0)
    const rows = layerRows(withIndex.stdout)
    // num_hidden_layers 32; the weight map has model.layers.0–31, each with self_attn.
    expect(rows).toHaveLength(32)
    for (const r of rows) {
      expect(r.kind).toBe('full')
      expect(r.tier).toBe(2)
      expect(r.source).toContain('model.safetensors.index.json')
      expect(r.source).toContain(`model.layers.${r.index} `)
    }
    // The same config alone falls back to the llama default (Tier 3).
    tmp.write('alone/config.json', readFileSync(join(ROOT, folder, 'config.json')))
    const alone = layerRows(runCli(['explain', tmp.path('alone', 'config.json')]).stdout)
    expect(alone).toHaveLength(32)
    expect(alone.every((r) => r.tier === 3 && r.kind === 'full')).toBe(true)
  })

  it('--format json is one model report that matches the schema', () => {
    const result = runCli(['explain', corpusPath('google--gemma-3-27b-it'), '--format', 'json'])
    expect(result.status).toBe(0)
    const m = parseJsonOutput<ModelReport>(result)
    expect(validators.model(m), schemaErrors(validators.model)).toBe(true)
    expect(m.spec?.layers).toHaveLength(62)
    expect(m.spec?.layers.filter((l) => l.kind === 'full').map((l) => l.index)).toEqual([
      5, 11, 17, 23, 29, 35, 41, 47, 53, 59
    ])
  })

  it('an invalid config exits 1 and explains why; a second argument is a usage error', () => {
    tmp.write('bad/config.json', '{"model_type": "llama", "num_hidden_layers": -1}')
    const bad = runCli(['explain', tmp.path('bad', 'config.json')])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/:1:\d+\s+error\s+invalid-size/)
    expect(runCli(['explain', corpusPath(LLAMA_8B), corpusPath(LLAMA_1B)]).status).toBe(2)
  })
})

describe('hostile strings keep the JSON report valid against its own schema', () => {
  const zoo = new TempDir('cachespec-hostile-json-')
  afterAll(() => zoo.remove())

  it('a long model_type, key, layer type or dtype still yields a schema-valid report', () => {
    const long = 'x'.repeat(5000)
    const base = {
      num_hidden_layers: 2,
      num_attention_heads: 2,
      hidden_size: 8,
      torch_dtype: 'bfloat16'
    }
    zoo.write('long-type/config.json', JSON.stringify({ ...base, model_type: 'y'.repeat(300) }))
    zoo.write(
      'long-key/config.json',
      `{"model_type": "llama", "${long}": 1, "${long}": 2, "num_hidden_layers": 2, "num_attention_heads": 2, "hidden_size": 8}`
    )
    zoo.write(
      'long-layer-type/config.json',
      JSON.stringify({ ...base, model_type: 'llama', layer_types: [long, 'full_attention'] })
    )
    zoo.write(
      'long-dtype/config.json',
      JSON.stringify({ ...base, model_type: 'llama', torch_dtype: long })
    )
    const result = runCli(['scan', zoo.dir, '--format', 'json', '--fail-on', 'never'])
    expect(result.status).toBe(0)
    const report = parseJsonOutput<ScanReport>(result)
    expect(report.models).toHaveLength(4)
    const invalid = report.models.flatMap((m) => {
      const valid: boolean = validators.model(m)
      return valid ? [] : [`${m.path.slice(zoo.dir.length + 1)}: ${schemaErrors(validators.model)}`]
    })
    expect.soft(invalid).toEqual([])
    // The shard file must be mergeable: merge validates its input against the same schema.
    const file = zoo.write('report.json', result.stdout)
    const merged = runCli(['merge', file, '--fail-on', 'never'])
    expect.soft(merged.stderr).toBe('')
    expect(merged.status).toBe(0)
  })
})

describe('progress line', () => {
  const zoo = new TempDir('cachespec-progress-')
  const llama = fixtureText(`corpus/${LLAMA_8B}/config.json`)
  // Progress is shown for scans of 1,000 configs or more.
  const COUNT = 1000
  beforeAll(() => {
    for (let i = 0; i < COUNT; i++) zoo.write(`m${String(i).padStart(4, '0')}/config.json`, llama)
  })
  afterAll(() => zoo.remove())

  it('is absent when stderr is not a terminal', () => {
    const result = runCli(['scan', zoo.dir, '--format', 'json'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(parseJsonOutput<ScanReport>(result).models).toHaveLength(COUNT)
  })

  it('is written to stderr (only) when stderr is a terminal', () => {
    const out = zoo.path('..', `${zoo.dir.split('/').pop() ?? 'x'}-stdout.json`)
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
    // `script` runs the command on a pseudo-terminal; stdout goes to a file, so the terminal
    // (what `script` copies to its own stdout) only shows stderr.
    const command = `${quote(process.execPath)} ${quote(CLI)} scan ${quote(zoo.dir)} --format json > ${quote(out)}`
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
      encoding: 'utf8',
      env: cleanEnv()
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`cachespec: ${COUNT}/${COUNT} configs`)
    // The line is cleared at the end.
    expect(run.stdout).toContain('\r\x1b[K')
    // The report itself is untouched by progress text.
    const report = JSON.parse(readFileSync(out, 'utf8')) as ScanReport
    expectValidReport(report)
    expect(report.models).toHaveLength(COUNT)
    rmSync(out, { force: true })
  })
})
