// Issue 3: where file contents come from. A checkout means no content API calls; without one the
// API (GraphQL) serves the same numbers. A PR padded past GitHub's 3,000 listed files cannot hide a
// config: the workspace's git diff finds it, and without a workspace the gate fails closed.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileSpec } from '../support/action-harness.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  byPath,
  callsTo,
  GEMMA3,
  graphqlQueries,
  LLAMA,
  PHI4,
  Pr,
  QWEN3,
  readReport,
  ROUTES,
  rowsFor,
  runPr,
  Scratch,
  setKey,
  type E2eRun,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const CONTENT_ROUTES: string[] = [ROUTES.contents, ROUTES.tree, ROUTES.blob]

function contentCalls(run: E2eRun) {
  return run.calls.filter((c) => c.route !== null && CONTENT_ROUTES.includes(c.route))
}

describe('reading configs', () => {
  const base = {
    'models/llama/config.json': LLAMA,
    'models/qwen/config.json': QWEN3,
    'models/gemma/config.json': GEMMA3,
    'README.md': 'zoo\n'
  }
  const head = {
    'models/llama/config.json': setKey(LLAMA, 'num_hidden_layers', 40),
    'models/qwen/config.json': null,
    'models/gemma-renamed/config.json': GEMMA3,
    'models/gemma/config.json': null,
    'models/phi/config.json': PHI4
  }

  it('from the workspace makes no content API calls, and the API-only path gives the same numbers', async () => {
    const pr = Pr.open(fake, scratch, 51, base, head)
    const out = scratch.dir()

    // A clone of the PR branch (has the head; fetches the merge base at depth 1), commenting.
    const fromHead = await runPr(pr, { inputs: { 'report-path': join(out, 'head.json') } })
    // A clone of main (lacks the head commit; fetches it).
    const fromMain = await runPr(pr, {
      workspace: scratch.workspace(pr.repo, 'main'),
      inputs: { 'report-path': join(out, 'main.json'), comment: 'never' }
    })
    for (const run of [fromHead, fromMain]) {
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain('Reading configs from the workspace checkout.')
      expect(contentCalls(run)).toEqual([])
      // GraphQL only for the viewer's login (whose comments are the bot's own).
      expect(
        graphqlQueries(run.calls).filter((q) => !/^query \{ viewer \{ login \} \}$/.test(q))
      ).toEqual([])
    }
    // pulls.get, compare, listFiles; then viewer, listComments, create, re-list for the comment.
    expect(fromMain.calls.length).toBeLessThanOrEqual(3)
    expect(fromHead.calls.length).toBeLessThanOrEqual(7)
    expect(fake.comments(51)).toHaveLength(1)

    const api = await runPr(pr, {
      workspace: null,
      inputs: { 'report-path': join(out, 'api.json'), comment: 'never' }
    })
    expect(api.exitCode).toBe(0)
    expect(api.stdout).toContain('Reading configs from the GitHub API.')
    const objectQueries = graphqlQueries(api.calls).filter((q) => q.includes('object('))
    expect(objectQueries.length).toBeGreaterThan(0)
    expect(objectQueries.length).toBeLessThanOrEqual(4)
    expect(callsTo(api, ROUTES.contents)).toEqual([])

    const reports = [fromHead, fromMain, api].map(readReport)
    expect(reports[0].changes).toHaveLength(4)
    expect(byPath(reports[1].changes)).toEqual(byPath(reports[0].changes))
    expect(byPath(reports[2].changes)).toEqual(byPath(reports[0].changes))
    expect(reports[2].gate).toEqual(reports[0].gate)
    expect(api.outputs['kv-delta-bytes']).toBe(fromHead.outputs['kv-delta-bytes'])
    expect(api.summary).toBe(fromHead.summary)
  })

  it('without a workspace falls back to REST contents when GraphQL fails, with the same numbers', async () => {
    const pr = Pr.open(fake, scratch, 52, base, head)
    const out = scratch.dir()
    const ws = await runPr(pr, {
      inputs: { 'report-path': join(out, 'ws.json'), comment: 'never' }
    })
    fake.fault(ROUTES.graphql, [{ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 }])
    const rest = await runPr(pr, {
      workspace: null,
      inputs: { 'report-path': join(out, 'rest.json'), comment: 'never' }
    })
    expect(rest.exitCode).toBe(0)
    // Every injected GraphQL failure was used up by this run.
    expect(callsTo(rest, ROUTES.graphql).filter((c) => c.status === 502)).toHaveLength(4)
    expect(callsTo(rest, ROUTES.contents).length).toBeGreaterThan(0)
    expect(byPath(readReport(rest).changes)).toEqual(byPath(readReport(ws).changes))
  })
})

describe('a PR with more changed files than GitHub lists', () => {
  const BROKEN = setKey(LLAMA, 'num_key_value_heads', 7)
  const padded = (): Record<string, FileSpec> => {
    const files: Record<string, FileSpec> = {}
    for (let i = 0; i < 3499; i++) files[`pad/${String(i).padStart(4, '0')}.txt`] = `padding ${i}\n`
    // Sorts after every padding file: beyond the 3,000 that pulls.listFiles returns.
    files['zz/bad/config.json'] = BROKEN
    return files
  }

  it('finds the hidden config with git diff in the workspace, and the gate fails on it', async () => {
    const pr = Pr.open(fake, scratch, 81, { 'models/llama/config.json': LLAMA }, padded(), {
      bulk: true
    })
    const run = await runPr(pr, { timeoutMs: 60_000 })
    expect(callsTo(run, ROUTES.listFiles)).toHaveLength(30)
    expect(run.stdout).toContain('GitHub listed 3000 of the 3500 changed files; using git diff')
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ failed: 'true', 'changed-models': '1' })
    const errors = annotations(run, 'error').filter(
      (e) => e.properties.file === 'zz/bad/config.json'
    )
    expect(errors).toHaveLength(1)
    expect(rowsFor(run.summary, 'zz/bad/config.json')[0]).toContain('❌')
    expect(readReport(run).gate.failures.map((f) => f.path)).toEqual(['zz/bad/config.json'])
    expect(fake.comments(81)).toHaveLength(1)
    expect(rowsFor(fake.comments(81)[0].body, 'zz/bad/config.json')).toHaveLength(1)
  })

  it('without a workspace fails closed, naming the unseen files', async () => {
    const pr = Pr.open(fake, scratch, 82, { 'models/llama/config.json': LLAMA }, padded(), {
      bulk: true
    })
    const out = scratch.dir()
    const run = await runPr(pr, { workspace: null, inputs: { 'report-path': join(out, 'r.json') } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.failed).toBe('true')
    const failure = annotations(run, 'error').find((e) => e.message.startsWith('cachespec:'))
    expect(failure?.message).toContain('pull request #82')
    expect(failure?.message).toMatch(/3000 of its 3500 changed files/)
    expect(run.summary).toContain('**Why the check fails**')
    expect(run.summary).toMatch(/3000 of its 3500 changed files/)
    const report = readReport(run)
    expect(report.gate.failed).toBe(true)
    expect(report.gate.failures[0].path).toBe('pull request #82')
  })
})
