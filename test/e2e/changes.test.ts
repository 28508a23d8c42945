// Issue 3: added, removed, renamed and modified configs in one PR (rows, JSON report, schema), and
// invalid configs: exit 1, an annotation on the right line, the summary, the other models intact.
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  GEMMA3,
  lineOf,
  LLAMA,
  PHI4,
  Pr,
  QWEN3,
  readReport,
  rowsFor,
  runPr,
  schemaErrors,
  Scratch,
  setKey,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

describe('pull_request: every kind of change', () => {
  it('says new / removed / renamed / ▲▼% and writes a schema-valid report', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      21,
      {
        'models/llama/config.json': LLAMA,
        'models/qwen/config.json': QWEN3,
        'models/gemma/config.json': GEMMA3
      },
      {
        'models/llama/config.json': setKey(LLAMA, 'num_hidden_layers', 24),
        'models/qwen/config.json': null,
        'models/gemma/config.json': null,
        'models/gemma-3-4b/config.json': GEMMA3,
        'models/phi/config.json': PHI4
      }
    )
    const run = await runPr(pr)
    expect(run.exitCode).toBe(0)
    const comments = fake.comments(21)
    expect(comments).toHaveLength(1)

    for (const markdown of [comments[0].body, run.summary]) {
      const added = rowsFor(markdown, 'models/phi/config.json')
      expect(added).toHaveLength(1)
      expect(added[0]).toContain('`models/phi/config.json` (new)')
      expect(added[0]).toMatch(/\| new \|/)
      expect(added[0]).not.toContain('%')

      const removed = rowsFor(markdown, 'models/qwen/config.json')
      expect(removed).toHaveLength(1)
      expect(removed[0]).toContain('~~`models/qwen/config.json`~~ (removed)')
      expect(removed[0]).toMatch(/\| removed \(was [\d.]+ [KMG]iB\) \|/)
      expect(removed[0]).not.toContain('%')

      const renamed = rowsFor(markdown, 'models/gemma-3-4b/config.json')
      expect(renamed).toHaveLength(1)
      expect(renamed[0]).toContain('`models/gemma-3-4b/config.json` ← `models/gemma/config.json`')
      expect(renamed[0]).toContain('±0')

      const modified = rowsFor(markdown, 'models/llama/config.json')
      expect(modified).toHaveLength(1)
      expect(modified[0]).toContain('▼ −1 GiB (−25%)')
      expect(markdown).not.toContain('+100%')
    }
    expect(run.outputs).toMatchObject({ failed: 'false', 'changed-models': '4' })

    const report = readReport(run)
    expect(schemaErrors(report)).toBeNull()
    expect(report.kind).toBe('diff')
    const byPath = new Map((report.changes ?? []).map((c) => [c.path, c]))
    expect(byPath.get('models/phi/config.json')).toMatchObject({
      change: 'added',
      previousPath: null,
      base: null
    })
    expect(byPath.get('models/qwen/config.json')).toMatchObject({
      change: 'removed',
      previousPath: null,
      head: null
    })
    expect(byPath.get('models/gemma-3-4b/config.json')).toMatchObject({
      change: 'renamed',
      previousPath: 'models/gemma/config.json'
    })
    expect(byPath.get('models/gemma-3-4b/config.json')?.base?.path).toBe('models/gemma/config.json')
    expect(byPath.get('models/llama/config.json')).toMatchObject({
      change: 'modified',
      previousPath: null
    })
    expect(byPath.size).toBe(4)
    // The summed delta: only the modified llama changes the total at 32K (−1 GiB), the added phi adds
    // its whole cache and the removed qwen subtracts its whole cache.
    const at = (m: { memory: { at: Record<string, { total: number | null }> } | null } | null) =>
      m?.memory?.at['32768']?.total ?? 0
    const expected =
      at(byPath.get('models/llama/config.json')?.head ?? null) -
      at(byPath.get('models/llama/config.json')?.base ?? null) +
      at(byPath.get('models/phi/config.json')?.head ?? null) -
      at(byPath.get('models/qwen/config.json')?.base ?? null)
    expect(run.outputs['kv-delta-bytes']).toBe(String(expected))
  })
})

describe('pull_request: invalid configs', () => {
  const LLAMA_BAD_HEADS = setKey(LLAMA, 'num_key_value_heads', 6)
  // A missing comma after "model_type": the next key is where the parser stops.
  const QWEN_SYNTAX = QWEN3.replace('"model_type": "qwen3",', '"model_type": "qwen3"')

  it('fails the gate with an annotation on the line, lists it, and still reports the others', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      31,
      {
        'models/good/config.json': LLAMA,
        'models/heads/config.json': LLAMA,
        'models/syntax/config.json': QWEN3
      },
      {
        'models/good/config.json': setKey(LLAMA, 'num_hidden_layers', 16),
        'models/heads/config.json': LLAMA_BAD_HEADS,
        'models/syntax/config.json': QWEN_SYNTAX
      }
    )
    const run = await runPr(pr)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ failed: 'true', 'changed-models': '3' })

    const errors = annotations(run, 'error')
    const heads = errors.find((e) => e.properties.file === 'models/heads/config.json')
    expect(heads?.properties.line).toBe(String(lineOf(LLAMA_BAD_HEADS, '"num_key_value_heads"')))
    expect(heads?.message).toContain('heads-not-divisible')
    const syntax = errors.find((e) => e.properties.file === 'models/syntax/config.json')
    expect(syntax?.properties.line).toBe(String(lineOf(QWEN_SYNTAX, '"num_attention_heads"')))
    expect(errors.filter((e) => e.properties.file === 'models/good/config.json')).toEqual([])
    // The step fails with one line per failing model.
    const failed = errors.find(
      (e) => e.properties.file === undefined && e.message.startsWith('cachespec:')
    )
    expect(failed?.message).toContain('2 model config(s) fail the gate')
    expect(failed?.message).toContain('models/heads/config.json')
    expect(failed?.message).toContain('models/syntax/config.json')
    expect(failed?.message).not.toContain('models/good/config.json')

    for (const markdown of [run.summary, fake.comments(31)[0]?.body ?? '']) {
      expect(rowsFor(markdown, 'models/heads/config.json')[0]).toContain('❌')
      expect(rowsFor(markdown, 'models/syntax/config.json')[0]).toContain('❌')
      const good = rowsFor(markdown, 'models/good/config.json')
      expect(good).toHaveLength(1)
      expect(good[0]).toContain('▼ −2 GiB (−50%)')
      expect(good[0]).toContain('✅')
      expect(markdown).toContain('**Why the check fails**')
    }
    expect(fake.comments(31)).toHaveLength(1)
    const report = readReport(run)
    expect(schemaErrors(report)).toBeNull()
    expect(report.gate.failed).toBe(true)
    expect(new Set(report.gate.failures.map((f) => f.path))).toEqual(
      new Set(['models/heads/config.json', 'models/syntax/config.json'])
    )
  })
})
