// Issue 3: two runs for the same PR at once (a rerun racing a push, two workflows) end with one
// sticky comment: after creating, each run re-lists and deletes younger duplicates.
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  botComments,
  callsTo,
  LLAMA,
  markerOf,
  Pr,
  ROUTES,
  runPr,
  Scratch,
  setKey,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const PATH = 'models/llama/config.json'

describe('two concurrent runs on a PR without a comment', () => {
  for (const [number, workspaces] of [
    [91, true],
    [92, false],
    [93, true]
  ] as const) {
    it(`end with exactly one comment (PR #${number}, ${workspaces ? 'workspaces' : 'API only'})`, async () => {
      const pr = Pr.open(
        fake,
        scratch,
        number,
        { [PATH]: LLAMA },
        { [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) }
      )
      const mark = fake.calls.length
      const started = Date.now()
      const runs = await Promise.all([
        runPr(pr, { workspace: workspaces ? pr.workspace() : null }),
        runPr(pr, { workspace: workspaces ? pr.workspace() : null })
      ])
      expect(Date.now() - started).toBeLessThan(30_000)
      for (const run of runs) expect(run.exitCode).toBe(0)
      const comments = fake.comments(number)
      expect(comments).toHaveLength(1)
      expect(botComments(fake, number)).toHaveLength(1)
      expect(comments[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
      for (const run of runs) expect(run.outputs['comment-id']).toBe(String(comments[0].id))
      const all = { calls: fake.calls.slice(mark) }
      // Each run posts at most once; any duplicate was deleted again.
      const posts = callsTo(all, ROUTES.createComment).length
      expect(posts).toBeGreaterThanOrEqual(1)
      expect(posts).toBeLessThanOrEqual(2)
      expect(callsTo(all, ROUTES.deleteComment).filter((c) => c.status === 204)).toHaveLength(
        posts - 1
      )
      expect(all.calls.length).toBeLessThanOrEqual(30)
    })
  }

  it('a leftover duplicate from an earlier race is deleted and the oldest is kept', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      94,
      { [PATH]: LLAMA },
      { [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) }
    )
    const bot = { login: 'github-actions[bot]', id: 41_898_282, type: 'Bot' as const }
    const oldest = fake.addComment(94, `${markerOf('0'.repeat(40))}\nold`, bot)
    const younger = fake.addComment(94, `${markerOf('1'.repeat(40))}\nolder race`, bot)
    const other = fake.addComment(94, `${markerOf(pr.headSha, 'other-key')}\nanother report`, bot)
    const run = await runPr(pr)
    expect(run.exitCode).toBe(0)
    const comments = fake.comments(94)
    expect(comments.map((c) => c.id)).toEqual([oldest.id, other.id])
    expect(comments[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(comments[1].body).toBe(other.body)
    expect(callsTo(run, ROUTES.deleteComment).map((c) => c.path)).toEqual([
      `/repos/zoo/models/issues/comments/${younger.id}`
    ])
    expect(callsTo(run, ROUTES.createComment)).toEqual([])
    expect(run.outputs['comment-id']).toBe(String(oldest.id))
  })
})
