// Issue 3: `/cachespec [options]` in a PR comment, from someone with write access, recomputes the
// report for the PR's current head and updates the sticky comment (👀 then 🚀; 😕 and a reply on
// bad options). Anyone else is ignored with a notice and no API writes.
import { describe, expect, it } from 'vitest'
import { issueCommentPayload, runAction } from '../support/action-harness.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  callsTo,
  IDENTITY,
  LLAMA,
  markerOf,
  Pr,
  ROUTES,
  rowsFor,
  runPr,
  Scratch,
  setKey,
  timedRun,
  writes,
  type E2eRun,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const PATH = 'models/llama/config.json'
const CAROL = { login: 'carol', id: 77, type: 'User' as const }

const BOT = { login: 'github-actions[bot]', id: 41_898_282, type: 'Bot' as const }

/**
 * A PR with a sticky comment for its first head (made by a pull_request run, or seeded as the bot
 * left it), then a push the comment does not know yet.
 */
async function prWithStaleComment(
  number: number,
  seeded = true
): Promise<{ pr: Pr; commentId: number }> {
  const pr = Pr.open(
    fake,
    scratch,
    number,
    { [PATH]: LLAMA },
    { [PATH]: setKey(LLAMA, 'num_key_value_heads', 16) }
  )
  if (seeded) {
    fake.addComment(number, `${markerOf(pr.headSha)}\n## cachespec · KV cache report\n`, BOT)
  } else {
    const first = await runPr(pr)
    expect(first.exitCode).toBe(0)
  }
  expect(fake.comments(number)).toHaveLength(1)
  const commentId = fake.comments(number)[0].id
  pr.push({ [PATH]: setKey(LLAMA, 'num_key_value_heads', 4) })
  return { pr, commentId }
}

async function slash(
  pr: Pr,
  body: string,
  association: string,
  workspace: string | null = null
): Promise<{ run: E2eRun; commandId: number }> {
  const command = fake.addComment(pr.number, body, CAROL)
  const run = await timedRun(fake, () =>
    runAction({
      fake,
      eventName: 'issue_comment',
      payload: issueCommentPayload(IDENTITY, pr.number, body, association, command.id),
      sha: pr.baseSha,
      workspace
    })
  )
  return { run, commandId: command.id }
}

describe('/cachespec', () => {
  it('from a COLLABORATOR: 👀, the sticky comment updated for the current head, 🚀', async () => {
    const { pr, commentId } = await prWithStaleComment(61, false)
    const { run, commandId } = await slash(
      pr,
      '/cachespec',
      'COLLABORATOR',
      scratch.workspace(pr.repo, 'main')
    )
    expect(run.exitCode).toBe(0)
    expect(fake.reactions(commandId).map((r) => r.content)).toEqual(['eyes', 'rocket'])
    const reactions = callsTo(run, ROUTES.react)
    expect(reactions.map((c) => (c.body as { content: string }).content)).toEqual([
      'eyes',
      'rocket'
    ])
    // 👀 comes before any work, 🚀 after the comment is updated.
    const update = callsTo(run, ROUTES.updateComment)
    expect(update).toHaveLength(1)
    expect(reactions[0].at).toBeLessThanOrEqual(update[0].at)
    expect(run.calls.indexOf(reactions[1])).toBeGreaterThan(run.calls.indexOf(update[0]))

    const bot = fake.comments(61).filter((c) => c.id !== commandId)
    expect(bot).toHaveLength(1)
    expect(bot[0].id).toBe(commentId)
    expect(bot[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(rowsFor(bot[0].body, PATH)[0]).toContain('▼ −2 GiB (−50%)')
    expect(run.outputs).toMatchObject({
      failed: 'false',
      'changed-models': '1',
      'comment-id': String(commentId)
    })
    expect(run.summary).toContain(PATH)
  })

  it('with options: the footer shows fp8 and the table is at 128K', async () => {
    const { pr, commentId } = await prWithStaleComment(62)
    const { run, commandId } = await slash(pr, '/cachespec context=131072 kv-dtype=fp8', 'MEMBER')
    expect(run.exitCode).toBe(0)
    expect(fake.reactions(commandId).map((r) => r.content)).toEqual(['eyes', 'rocket'])
    const body = fake.comments(62).find((c) => c.id === commentId)?.body ?? ''
    expect(body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(body).toMatch(/<sub>.*kv-dtype fp8.*<\/sub>/)
    expect(body).toContain('| Cache @ 128K |')
    // fp8: 1 byte per element. 32 layers × 4 KV heads × 128 × 2 (K and V) × 1 B × 131072 tokens = 4 GiB.
    expect(rowsFor(body, PATH)[0]).toContain('| 4 GiB |')
  })

  for (const [label, command, number] of [
    ['a bad value', '/cachespec context=banana', 63],
    ['an unknown option', '/cachespec frobnicate=1', 64],
    ['a value with a mention', '/cachespec context=@octocat', 65]
  ] as const) {
    it(`with ${label}: 😕 and a reply; the sticky comment is left alone`, async () => {
      const { pr, commentId } = await prWithStaleComment(number)
      const before = fake.comments(number).find((c) => c.id === commentId)
      const { run, commandId } = await slash(pr, command, 'OWNER')
      expect(run.exitCode).toBe(0)
      expect(fake.reactions(commandId).map((r) => r.content)).toContain('confused')
      expect(fake.reactions(commandId).map((r) => r.content)).not.toContain('rocket')
      const replies = fake.comments(number).filter((c) => c.id !== commentId && c.id !== commandId)
      expect(replies).toHaveLength(1)
      expect(replies[0].body).toContain('cachespec could not run that command')
      // What the commenter typed is quoted in a code span, where GitHub makes no mention.
      expect(replies[0].body.replace(/(`+)[^`]*?\1/g, '')).not.toMatch(/@octocat/)
      expect(fake.comments(number).find((c) => c.id === commentId)).toEqual(before)
      expect(callsTo(run, ROUTES.updateComment)).toEqual([])
    })
  }

  for (const association of ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR']) {
    it(`from ${association}: ignored with a notice, no API writes`, async () => {
      const number = 66 + ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR'].indexOf(association)
      const { pr, commentId } = await prWithStaleComment(number)
      const before = fake.comments(number)
      const { run, commandId } = await slash(pr, '/cachespec kv-dtype=fp8', association)
      expect(run.exitCode).toBe(0)
      expect(writes(run.calls)).toEqual([])
      expect(fake.reactions(commandId)).toEqual([])
      expect(fake.comments(number).filter((c) => c.id !== commandId)).toEqual(
        before.filter((c) => c.id !== commandId)
      )
      expect(
        fake
          .comments(number)
          .find((c) => c.id === commentId)
          ?.body.split('\n')[0]
      ).not.toBe(markerOf(pr.headSha))
      const notices = annotations(run, 'notice')
      expect(notices).toHaveLength(1)
      expect(notices[0].message).toContain(association)
    })
  }
})
