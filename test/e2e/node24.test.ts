// Issue 3: action.yml declares node24. The first-run / rerun / push sequence and an invalid config
// give the same comment, summary, annotations, outputs and exit codes under Node 24 as under Node 20.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RUNTIMES, type Runtime } from '../support/action-harness.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  callsTo,
  commands,
  lineOf,
  LLAMA,
  markerOf,
  Pr,
  QWEN3,
  ROUTES,
  runPr,
  Scratch,
  setKey,
  type E2eRun,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const PATH = 'models/llama/config.json'

/** What must not depend on the runtime: everything but timings and ids. */
function outcome(run: E2eRun) {
  return {
    exitCode: run.exitCode,
    summary: run.summary,
    outputs: {
      ...run.outputs,
      'report-path': undefined,
      'comment-id': run.outputs['comment-id'] === '' ? '' : 'set'
    },
    commands: commands(run)
      .filter((c) => c.name !== 'debug')
      .map((c) => c.line),
    writes: run.calls
      .filter((c) => c.method !== 'GET' && c.route !== ROUTES.graphql)
      .map((c) => `${c.method} ${c.route}`)
  }
}

async function both(prs: Record<Runtime, Pr>, action: 'opened' | 'synchronize' = 'opened') {
  // One after the other, so each run's recorded calls are its own.
  const node20 = await runPr(prs.node20, { action, runtime: 'node20' })
  const node24 = await runPr(prs.node24, { action, runtime: 'node24' })
  return { node20, node24 }
}

describe('Node 24, the runtime action.yml declares', () => {
  it('is the bundled Node 24 binary', () => {
    expect(existsSync(RUNTIMES.node24)).toBe(true)
  })

  it('first run, rerun and push: the same outcomes as Node 20', async () => {
    const node20 = Pr.open(
      fake,
      scratch,
      131,
      { [PATH]: LLAMA },
      { [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) }
    )
    const prs = { node20, node24: node20.twin(132) }

    const first = await both(prs)
    expect(first.node24.exitCode).toBe(0)
    expect(outcome(first.node24)).toEqual(outcome(first.node20))
    expect(callsTo(first.node24, ROUTES.createComment)).toHaveLength(1)
    expect(fake.comments(132)).toHaveLength(1)
    expect(fake.comments(132)[0].body.split('\n')[0]).toBe(markerOf(prs.node24.headSha))
    expect(fake.comments(132)[0].body).toBe(fake.comments(131)[0].body)

    const rerun = await both(prs)
    expect(outcome(rerun.node24)).toEqual(outcome(rerun.node20))
    expect(fake.comments(132)).toHaveLength(1)
    expect(callsTo(rerun.node24, ROUTES.createComment)).toEqual([])

    const pushed = prs.node20.push({ [PATH]: setKey(LLAMA, 'num_key_value_heads', 4) })
    prs.node24.follow(pushed)
    const sync = await both(prs, 'synchronize')
    expect(outcome(sync.node24)).toEqual(outcome(sync.node20))
    expect(fake.comments(132)).toHaveLength(1)
    expect(fake.comments(132)[0].body.split('\n')[0]).toBe(markerOf(pushed))
    expect(fake.comments(132)[0].body).toBe(fake.comments(131)[0].body)
  })

  it('an invalid config: the same exit 1, annotation line and report as Node 20', async () => {
    const bad = setKey(QWEN3, 'num_key_value_heads', 3)
    const syntax = LLAMA.replace('"model_type": "llama",', '"model_type": "llama"')
    const node20 = Pr.open(
      fake,
      scratch,
      133,
      { 'models/bad/config.json': QWEN3, 'models/syntax/config.json': LLAMA, [PATH]: LLAMA },
      {
        'models/bad/config.json': bad,
        'models/syntax/config.json': syntax,
        [PATH]: setKey(LLAMA, 'num_hidden_layers', 8)
      }
    )
    const prs = { node20, node24: node20.twin(134) }
    const runs = await both(prs)
    expect(runs.node24.exitCode).toBe(1)
    expect(outcome(runs.node24)).toEqual(outcome(runs.node20))
    const errors = commands(runs.node24, 'error')
    expect(
      errors.find((e) => e.properties.file === 'models/bad/config.json')?.properties.line
    ).toBe(String(lineOf(bad, '"num_key_value_heads"')))
    expect(
      errors.find((e) => e.properties.file === 'models/syntax/config.json')?.properties.line
    ).toBe(String(lineOf(syntax, '"num_attention_heads"')))
    expect(fake.comments(134)[0].body).toBe(fake.comments(133)[0].body)
  })
})
