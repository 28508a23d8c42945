// Issue 3/4: workflow_dispatch audits every config of the repository at GITHUB_SHA (checkout or
// API), with the full table in the summary, annotations and the gate, and never a comment. The
// shard input splits an audit so the shards together cover every config exactly once.
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runAction, workflowDispatchPayload, type TestRepo } from '../support/action-harness.js'
import { fixtureText } from '../support/engine.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  byPath,
  callsTo,
  GEMMA3,
  IDENTITY,
  lineOf,
  LLAMA,
  MISTRAL,
  PHI4,
  QWEN3,
  readReport,
  ROUTES,
  rowsFor,
  schemaErrors,
  Scratch,
  setKey,
  timedRun,
  writes,
  type E2eRun
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
let repo: TestRepo
let sha: string
beforeAll(async () => {
  fake = await FakeGitHub.start({ owner: IDENTITY.owner, repo: IDENTITY.repo, repoId: IDENTITY.id })
  repo = scratch.repo()
  sha = repo.commit(ZOO)
  repo.mirror(fake)
  fake.setRef('main', sha)
})
afterEach(() => {
  expect(fake.violations).toEqual([])
})
afterAll(async () => {
  await fake.close()
  scratch.cleanup()
})

const BROKEN = setKey(QWEN3, 'num_key_value_heads', 5)
const ZOO = {
  'models/llama/config.json': LLAMA,
  'models/llama-small/config.json': setKey(LLAMA, 'num_hidden_layers', 16),
  'models/qwen/config.json': QWEN3,
  'models/qwen-broken/config.json': BROKEN,
  'models/gemma/config.json': GEMMA3,
  'models/phi/config.json': PHI4,
  'models/mixtral/config.json': MISTRAL,
  'models/mamba/config.json': fixtureText('corpus/state-spaces--mamba-2.8b-hf/config.json'),
  'models/granite/config.json': fixtureText('corpus/ibm-granite--granite-4.0-h-1b/config.json'),
  'vendor/deep/nested/tree/config.json': LLAMA,
  'models/llama/generation_config.json': '{"do_sample": true}\n',
  'README.md': 'the zoo\n'
}
const CONFIGS = Object.keys(ZOO)
  .filter((p) => p.endsWith('/config.json'))
  .sort()

function audit(workspace: string | null, inputs: Record<string, string> = {}): Promise<E2eRun> {
  const out = scratch.dir()
  return timedRun(fake, () =>
    runAction({
      fake,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchPayload(IDENTITY),
      sha,
      workspace,
      inputs: { 'report-path': join(out, 'report.json'), ...inputs }
    })
  )
}

describe('workflow_dispatch audit', () => {
  for (const where of ['workspace', 'api'] as const) {
    it(`audits every config at GITHUB_SHA (${where}): full table, annotations, gate, no comment`, async () => {
      const run = await audit(where === 'workspace' ? scratch.workspace(repo, 'main') : null)
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        failed: 'true',
        'changed-models': String(CONFIGS.length),
        'comment-id': ''
      })
      expect(run.outputs['kv-delta-bytes']).toBe('0')
      for (const path of CONFIGS) expect(rowsFor(run.summary, path)).toHaveLength(1)
      expect(run.summary).toContain(`**${CONFIGS.length} model configs** audited`)
      expect(run.summary).not.toContain('generation_config.json')
      expect(rowsFor(run.summary, 'models/qwen-broken/config.json')[0]).toContain('❌')

      const errors = annotations(run, 'error')
      const broken = errors.filter((e) => e.properties.file === 'models/qwen-broken/config.json')
      expect(broken).toHaveLength(1)
      expect(broken[0].properties.line).toBe(String(lineOf(BROKEN, '"num_key_value_heads"')))
      expect(
        errors.filter(
          (e) =>
            e.properties.file !== undefined &&
            e.properties.file !== 'models/qwen-broken/config.json'
        )
      ).toEqual([])
      const failed = errors.find((e) => e.message.startsWith('cachespec:'))
      expect(failed?.message).toContain('1 model config(s) fail the gate')

      expect(writes(run.calls)).toEqual([])
      expect(callsTo(run, ROUTES.listComments)).toEqual([])
      if (where === 'workspace') {
        expect(run.calls).toEqual([])
      } else {
        expect(callsTo(run, ROUTES.tree)).toHaveLength(1)
        expect(callsTo(run, ROUTES.contents)).toEqual([])
        expect(callsTo(run, ROUTES.graphql).length).toBeLessThanOrEqual(4)
      }

      const report = readReport(run)
      expect(schemaErrors(report)).toBeNull()
      expect(report.kind).toBe('scan')
      expect((report.models ?? []).map((m) => m.path).sort()).toEqual(CONFIGS)
    })
  }

  it('gives the same report from the workspace and from the API', async () => {
    const [ws, api] = [await audit(scratch.workspace(repo, 'main')), await audit(null)]
    expect(byPath(readReport(api).models)).toEqual(byPath(readReport(ws).models))
    expect(api.summary).toBe(ws.summary)
  })

  it('shards 1/2 and 2/2 together cover every config exactly once', async () => {
    const workspace = scratch.workspace(repo, 'main')
    const shards = [
      await audit(workspace, { shard: '1/2' }),
      await audit(workspace, { shard: '2/2' })
    ]
    const paths = shards.map((run) => (readReport(run).models ?? []).map((m) => m.path))
    expect(paths[0].length).toBeGreaterThan(0)
    expect(paths[1].length).toBeGreaterThan(0)
    expect([...paths[0], ...paths[1]].sort()).toEqual(CONFIGS)
    expect(paths[0].filter((p) => paths[1].includes(p))).toEqual([])
    for (const [i, run] of shards.entries()) {
      expect(run.outputs['changed-models']).toBe(String(paths[i].length))
      expect(run.summary).toContain(`shard ${i + 1}/2`)
      expect(run.exitCode).toBe(paths[i].includes('models/qwen-broken/config.json') ? 1 : 0)
    }
    // The API path shards the same way.
    const apiShard = await audit(null, { shard: '1/2' })
    expect(byPath(readReport(apiShard).models).map((m) => m.path)).toEqual([...paths[0]].sort())
  })
})
