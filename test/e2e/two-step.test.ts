// The fork-safe two-step (issue 3): `mode: report` on the fork's pull_request run writes the JSON
// report; `mode: comment` in a workflow_run job posts it after checking it, treating the artifact
// as untrusted data (reliability.md T3).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import { pushPayload, runAction, workflowRunPayload } from '../support/action-harness.js'
import {
  botComments,
  callsTo,
  IDENTITY,
  LLAMA,
  markerOf,
  Pr,
  ROUTES,
  runPr,
  Scratch,
  setKey,
  timedRun,
  writes,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const PATH = 'models/llama/config.json'

/** The fork's run in mode report: no comment attempt, the report on disk. */
async function reportStep(number: number): Promise<{ pr: Pr; report: string }> {
  const pr = Pr.open(
    fake,
    scratch,
    number,
    { [PATH]: LLAMA },
    { [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) },
    { fork: true }
  )
  const report = join(scratch.dir(), 'cachespec-report.json')
  const run = await runPr(pr, { inputs: { mode: 'report', 'report-path': report } })
  expect(run.exitCode).toBe(0)
  expect(writes(run.calls)).toEqual([])
  expect(run.outputs['report-path']).toBe(report)
  return { pr, report }
}

function commentStep(headSha: string, report: string) {
  return timedRun(fake, () =>
    runAction({
      fake,
      eventName: 'workflow_run',
      payload: workflowRunPayload(IDENTITY, headSha),
      sha: headSha,
      workspace: null,
      inputs: { mode: 'comment', 'report-path': report }
    })
  )
}

describe('the fork-safe two-step', () => {
  it('posts the sticky comment from the report, for the head the fork run built', async () => {
    const { pr, report } = await reportStep(81)
    const run = await commentStep(pr.headSha, report)
    expect(run.exitCode).toBe(0)
    const [comment] = botComments(fake, 81)
    expect(botComments(fake, 81)).toHaveLength(1)
    expect(comment.body.split('\n')[0]).toBe(markerOf(pr.headSha))
    // 8 → 16 KV heads doubles Llama-3.1-8B's 4 GiB at 32K: ▲ +4 GiB (+100%).
    expect(comment.body).toContain('▲ +4 GiB (+100%)')
    // The commenter reads nothing of the fork: no contents and no GraphQL object queries.
    expect(callsTo(run, ROUTES.contents)).toEqual([])
    expect(run.calls.some((c) => JSON.stringify(c.body ?? '').includes('object('))).toBe(false)
  })

  it('refuses a report for another commit than the run it follows', async () => {
    const { pr, report } = await reportStep(82)
    const forged = JSON.parse(readFileSync(report, 'utf8')) as { head: { sha: string } }
    forged.head.sha = 'f'.repeat(40)
    writeFileSync(report, JSON.stringify(forged))
    const run = await commentStep(pr.headSha, report)
    expect(run.exitCode).toBe(0)
    expect(botComments(fake, 82)).toEqual([])
    expect(run.stdout).toMatch(/::notice::The report describes fffffff, not the run's head/)
  })

  it('does not post numbers for a head the pull request has moved on from', async () => {
    const { pr, report } = await reportStep(83)
    const built = pr.headSha
    pr.push({ [PATH]: setKey(LLAMA, 'num_key_value_heads', 4) })
    const run = await commentStep(built, report)
    expect(run.exitCode).toBe(0)
    expect(botComments(fake, 83)).toEqual([])
  })

  it('fails on a file that is not a cachespec report, and never posts its text', async () => {
    const { pr, report } = await reportStep(84)
    writeFileSync(report, JSON.stringify({ kind: 'diff', body: '<img src=x> @octocat' }))
    const run = await commentStep(pr.headSha, report)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '::error::Input "report-path": the file is not a cachespec pull-request report'
    )
    expect(botComments(fake, 84)).toEqual([])
  })

  it('escapes what the artifact says: a hostile path is shown, never rendered', async () => {
    const { pr, report } = await reportStep(85)
    const data = JSON.parse(readFileSync(report, 'utf8')) as { changes: { path: string }[] }
    data.changes[0].path = 'models/<img src=x onerror=alert(1)>/@octocat/config.json'
    writeFileSync(report, JSON.stringify(data))
    const run = await commentStep(pr.headSha, report)
    expect(run.exitCode).toBe(0)
    const [comment] = botComments(fake, 85)
    // Outside code spans and <code> elements (where GitHub makes no mention, and `<` is an
    // entity) nothing of it survives.
    const outside = comment.body.replace(/(`+)[^`]*?\1/g, '').replace(/<code>[^<]*<\/code>/g, '')
    expect(outside).not.toMatch(/<img|@octocat/)
    expect(comment.body).toContain('`models/<img src=x onerror=alert(1)>/@octocat/config.json`')
  })
})

describe('push', () => {
  it('reports the configs changed between before and after in the job summary, without commenting', async () => {
    const repo = scratch.repo()
    const before = repo.commit({ [PATH]: LLAMA, 'README.md': 'zoo' })
    const after = repo.commit({ [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) })
    repo.mirror(fake)
    const workspace = scratch.workspace(repo, 'main')
    const run = await timedRun(fake, () =>
      runAction({
        fake,
        eventName: 'push',
        payload: pushPayload(IDENTITY, before, after),
        sha: after,
        workspace
      })
    )
    expect(run.exitCode).toBe(0)
    expect(writes(run.calls)).toEqual([])
    expect(run.outputs['changed-models']).toBe('1')
    // 8 → 16 KV heads: 4 GiB → 8 GiB at 32K, +4,294,967,296 bytes.
    expect(run.outputs['kv-delta-bytes']).toBe('4294967296')
    expect(run.summary).toContain(PATH)
    expect(run.summary).toContain('▲ +4 GiB (+100%)')
  })
})
