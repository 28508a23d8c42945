// Issue 3: one sticky comment per pull request, created once, updated in place on reruns and
// pushes, honest when every config change is reverted, and never a human's quote of the marker.
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  botComments,
  callsTo,
  HUMAN,
  LLAMA,
  markerOf,
  Pr,
  QWEN3,
  ROUTES,
  rowsFor,
  runPr,
  Scratch,
  setKey,
  writes,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const LLAMA_PATH = 'models/llama/config.json'
const LLAMA_16 = setKey(LLAMA, 'num_key_value_heads', 16)

describe('pull_request: the sticky comment', () => {
  it('is created once, updated in place by a rerun, and follows a push to a new head', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      11,
      { [LLAMA_PATH]: LLAMA, 'README.md': 'zoo\n' },
      { [LLAMA_PATH]: LLAMA_16 }
    )

    const first = await runPr(pr)
    expect(first.exitCode).toBe(0)
    const created = fake.comments(11)
    expect(created).toHaveLength(1)
    const body = created[0].body
    expect(body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(rowsFor(body, LLAMA_PATH)).toHaveLength(1)
    expect(rowsFor(body, LLAMA_PATH)[0]).toContain('▲ +4 GiB (+100%)')
    expect(first.outputs).toMatchObject({
      failed: 'false',
      'changed-models': '1',
      'comment-id': String(created[0].id),
      'kv-delta-bytes': String(4 * 1024 ** 3)
    })
    expect(first.summary).toContain('## cachespec · KV cache report')
    expect(first.summary).toContain(LLAMA_PATH)
    expect(first.summary).not.toContain('<!-- cachespec:comment')
    expect(callsTo(first, ROUTES.createComment)).toHaveLength(1)
    expect(first.calls.length).toBeLessThanOrEqual(10)

    // A rerun of the same event: the same comment, no new one, and nothing to edit.
    const rerun = await runPr(pr)
    expect(rerun.exitCode).toBe(0)
    expect(fake.comments(11)).toHaveLength(1)
    expect(fake.comments(11)[0].id).toBe(created[0].id)
    expect(fake.comments(11)[0].body).toBe(body)
    expect(callsTo(rerun, ROUTES.createComment)).toHaveLength(0)
    expect(rerun.outputs['comment-id']).toBe(String(created[0].id))

    // synchronize: a push to a new head updates the same comment with the new head's numbers.
    const oldHead = pr.headSha
    const newHead = pr.push({ [LLAMA_PATH]: setKey(LLAMA, 'num_key_value_heads', 4) })
    const sync = await runPr(pr, { action: 'synchronize' })
    expect(sync.exitCode).toBe(0)
    const after = fake.comments(11)
    expect(after).toHaveLength(1)
    expect(after[0].id).toBe(created[0].id)
    expect(after[0].body.split('\n')[0]).toBe(markerOf(newHead))
    expect(after[0].body).not.toContain(oldHead)
    expect(after[0].body).toContain(`head \`${newHead.slice(0, 7)}\``)
    expect(rowsFor(after[0].body, LLAMA_PATH)[0]).toContain('▼ −2 GiB (−50%)')
    expect(callsTo(sync, ROUTES.updateComment)).toHaveLength(1)
    expect(callsTo(sync, ROUTES.createComment)).toHaveLength(0)
    expect(sync.outputs['kv-delta-bytes']).toBe(String(-2 * 1024 ** 3))
  })

  it('comment: on-change starts no comment for a PR that changes no config', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      12,
      { [LLAMA_PATH]: LLAMA, 'README.md': 'zoo\n' },
      { 'README.md': 'zoo, edited\n' }
    )
    const run = await runPr(pr, { inputs: { comment: 'on-change' } })
    expect(run.exitCode).toBe(0)
    expect(fake.comments(12)).toHaveLength(0)
    expect(writes(run.calls)).toEqual([])
    expect(run.outputs).toMatchObject({
      failed: 'false',
      'changed-models': '0',
      'comment-id': '',
      'kv-delta-bytes': '0'
    })
    expect(run.summary).toContain('No model config differs from the base')
  })

  it('comment: on-change updates an existing comment when a later push reverts the config change', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      13,
      { [LLAMA_PATH]: LLAMA, 'README.md': 'zoo\n' },
      { [LLAMA_PATH]: LLAMA_16 }
    )
    const first = await runPr(pr, { inputs: { comment: 'on-change' } })
    expect(first.exitCode).toBe(0)
    expect(fake.comments(13)).toHaveLength(1)
    const id = fake.comments(13)[0].id

    // The revert: the head's config equals the base again, so the PR changes no config.
    const reverted = pr.push({ [LLAMA_PATH]: LLAMA, 'README.md': 'zoo, again\n' })
    const run = await runPr(pr, { action: 'synchronize', inputs: { comment: 'on-change' } })
    expect(run.exitCode).toBe(0)
    const after = fake.comments(13)
    expect(after).toHaveLength(1)
    expect(after[0].id).toBe(id)
    expect(after[0].body.split('\n')[0]).toBe(markerOf(reverted))
    expect(after[0].body).toContain('No model config differs from the base')
    expect(rowsFor(after[0].body, LLAMA_PATH)).toEqual([])
    expect(run.outputs).toMatchObject({
      'changed-models': '0',
      'comment-id': String(id),
      failed: 'false'
    })
    expect(callsTo(run, ROUTES.createComment)).toHaveLength(0)
    expect(callsTo(run, ROUTES.updateComment)).toHaveLength(1)
  })

  it('never edits or deletes a human comment that quotes the marker, and keeps its own', async () => {
    const pr = Pr.open(
      fake,
      scratch,
      14,
      { [LLAMA_PATH]: LLAMA, 'models/qwen/config.json': QWEN3 },
      { [LLAMA_PATH]: LLAMA_16 }
    )
    const quote = fake.addComment(14, `${markerOf('abc')}\nquoted`, HUMAN)

    const first = await runPr(pr)
    expect(first.exitCode).toBe(0)
    let comments = fake.comments(14)
    expect(comments).toHaveLength(2)
    expect(comments[0]).toMatchObject({
      id: quote.id,
      body: quote.body,
      updated_at: quote.updated_at
    })
    const own = botComments(fake, 14)
    expect(own).toHaveLength(1)
    expect(own[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(first.outputs['comment-id']).toBe(String(own[0].id))

    pr.push({ [LLAMA_PATH]: setKey(LLAMA, 'num_key_value_heads', 32) })
    const second = await runPr(pr, { action: 'synchronize' })
    expect(second.exitCode).toBe(0)
    comments = fake.comments(14)
    expect(comments).toHaveLength(2)
    expect(comments[0]).toMatchObject({
      id: quote.id,
      body: quote.body,
      updated_at: quote.updated_at
    })
    expect(botComments(fake, 14)[0].id).toBe(own[0].id)
    expect(botComments(fake, 14)[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))

    const touchedHuman = [...first.calls, ...second.calls].filter(
      (c) =>
        (c.method === 'PATCH' || c.method === 'DELETE') &&
        c.path.endsWith(`/issues/comments/${quote.id}`)
    )
    expect(touchedHuman).toEqual([])
    expect([...first.calls, ...second.calls].filter((c) => c.note)).toEqual([])
  })
})
