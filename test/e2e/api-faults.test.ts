// Issue 4: GitHub API faults. Each run is bounded in time and requests, and the test checks what
// was posted, the outputs, the summary and the exit code. Reporting problems never change the gate.
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  botComments,
  callsTo,
  LLAMA,
  markerOf,
  Pr,
  ROUTES,
  rowsFor,
  runPr,
  Scratch,
  setKey,
  visibleLog,
  writes,
  type E2eRun,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

const PATH = 'models/llama/config.json'
const BIGGER = setKey(LLAMA, 'num_key_value_heads', 16)
const BROKEN = setKey(LLAMA, 'num_key_value_heads', 6)

function open(number: number, head = BIGGER): Pr {
  return Pr.open(fake, scratch, number, { [PATH]: LLAMA }, { [PATH]: head })
}

/** The report reached the job summary and the outputs, whatever happened to the comment. */
function expectReported(run: E2eRun, failed: boolean): void {
  expect(run.exitCode).toBe(failed ? 1 : 0)
  expect(rowsFor(run.summary, PATH)).toHaveLength(1)
  expect(run.outputs).toMatchObject({ failed: String(failed), 'changed-models': '1' })
  expect(run.outputs['kv-delta-bytes']).toMatch(/^-?\d+$/)
}

const HOUR = () => String(Math.floor(Date.now() / 1000) + 3600)

describe('rate limits on the comment', () => {
  it('primary (403, remaining 0, reset in an hour): gives up quickly; summary and gate intact', async () => {
    const pr = open(101)
    fake.fault(ROUTES.createComment, [
      {
        status: 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': HOUR(),
          'x-ratelimit-resource': 'core'
        },
        body: {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
          status: '403'
        }
      }
    ])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, false)
    expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([403])
    expect(fake.comments(101)).toEqual([])
    expect(run.outputs['comment-id']).toBe('')
    expect(annotations(run, 'warning').some((w) => /rate limit/i.test(w.message))).toBe(true)
    expect(run.calls.length).toBeLessThanOrEqual(10)
  })

  for (const [status, number] of [
    [403, 102],
    [429, 115]
  ] as const) {
    it(`a primary rate limit (${status}) is reported as one, not as a missing permission`, async () => {
      const pr = open(number)
      fake.fault(ROUTES.createComment, [
        {
          status,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': HOUR() },
          body: {
            message: 'API rate limit exceeded for installation ID 4242.',
            documentation_url: 'https://docs.github.com/rest',
            status: String(status)
          }
        }
      ])
      const run = await runPr(pr)
      expectReported(run, false)
      expect(fake.comments(number)).toEqual([])
      const messages = [...annotations(run, 'notice'), ...annotations(run, 'warning')].map(
        (c) => c.message
      )
      expect(messages.some((m) => /rate limit/i.test(m))).toBe(true)
      expect(messages.filter((m) => /pull-requests: write|read-only token/i.test(m))).toEqual([])
    })
  }

  it('secondary with retry-after: 1 is retried once and succeeds', async () => {
    const pr = open(103)
    fake.fault(ROUTES.createComment, [
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      }
    ])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, false)
    expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([403, 201])
    expect(fake.comments(103)).toHaveLength(1)
    expect(run.outputs['comment-id']).toBe(String(fake.comments(103)[0].id))
  })

  it('secondary without retry-after: bounded time, at most one comment, the gate intact', async () => {
    const pr = open(104)
    fake.fault(ROUTES.createComment, [
      {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      }
    ])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(15_000)
    expectReported(run, false)
    const posts = callsTo(run, ROUTES.createComment)
    expect(posts.length).toBeLessThanOrEqual(3)
    expect(posts[0].status).toBe(403)
    expect(fake.comments(104).length).toBeLessThanOrEqual(1)
    if (posts.some((p) => p.status === 201)) {
      expect(run.outputs['comment-id']).toBe(String(fake.comments(104)[0].id))
    } else {
      expect(run.outputs['comment-id']).toBe('')
    }
  })
})

describe('server errors and timeouts', () => {
  it('5xx then success (pulls.get and listComments) is retried', async () => {
    const pr = open(105)
    fake.fault(ROUTES.getPull, [{ status: 503 }])
    fake.fault(ROUTES.listComments, [{ status: 500 }])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, false)
    expect(callsTo(run, ROUTES.getPull).map((c) => c.status)).toEqual([503, 200])
    expect(
      callsTo(run, ROUTES.listComments)
        .map((c) => c.status)
        .slice(0, 2)
    ).toEqual([500, 200])
    expect(fake.comments(105)).toHaveLength(1)
  })

  it('a hung socket on listComments times out per attempt and the retry goes through', async () => {
    const pr = open(106)
    fake.fault(ROUTES.listComments, [{ status: 200, hang: true }])
    // Short, but well above a normal answer from the fake; the action gets 10 s in all.
    const run = await runPr(pr, {
      env: { CACHESPEC_REQUEST_TIMEOUT_MS: '1500' },
      timeoutMs: 10_000
    })
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, false)
    const lists = callsTo(run, ROUTES.listComments)
    expect(lists[0].status).toBe(0)
    expect(lists[1].status).toBe(200)
    expect(fake.comments(106)).toHaveLength(1)
    expect(run.outputs['comment-id']).toBe(String(fake.comments(106)[0].id))
  })

  const HTML =
    '<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head><body>No server is currently available to service your request.</body></html>'

  it('an HTML 502 on the comment: a warning without the HTML; summary and gate intact', async () => {
    const pr = open(107, BROKEN)
    fake.fault(ROUTES.createComment, [
      { status: 502, body: HTML },
      { status: 502, body: HTML }
    ])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, true)
    // The POST, then (nothing stored) one more after re-listing: both faults are used up.
    expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([502, 502])
    expect(fake.comments(107)).toEqual([])
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain('Unicorn')
      expect(text).not.toMatch(/<html|<!DOCTYPE/i)
    }
    expect(annotations(run, 'warning').some((w) => /502/.test(w.message))).toBe(true)
  })

  it('an HTML 502 that outlasts the retries on pulls.get: the step fails without echoing HTML', async () => {
    const pr = open(108)
    fake.fault(
      ROUTES.getPull,
      // One attempt and plugin-retry's three retries; the test checks all four were used.
      Array.from({ length: 4 }, () => ({ status: 502, body: HTML }))
    )
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expect(run.exitCode).toBe(1)
    expect(callsTo(run, ROUTES.getPull).map((c) => c.status)).toEqual([502, 502, 502, 502])
    expect(writes(run.calls)).toEqual([])
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain('Unicorn')
      expect(text).not.toMatch(/<html|<!DOCTYPE/i)
    }
    expect(annotations(run, 'error').some((e) => /502/.test(e.message))).toBe(true)
  })
})

describe('client errors', () => {
  const NOT_FOUND = {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
      status: '404'
    }
  }

  for (const workspace of [true, false]) {
    it(`404 on compare (deleted head branch), ${workspace ? 'with' : 'without'} a workspace: fails closed with one clear error`, async () => {
      const pr = open(workspace ? 109 : 110)
      fake.fault(ROUTES.compare, [NOT_FOUND])
      const run = await runPr(pr, { workspace: workspace ? pr.workspace() : null })
      expect(run.ms).toBeLessThan(10_000)
      expect(callsTo(run, ROUTES.compare)).toHaveLength(1)
      expect(run.exitCode).toBe(1)
      expect(writes(run.calls)).toEqual([])
      expect(fake.comments(workspace ? 109 : 110)).toEqual([])
      expect(run.stderr).not.toMatch(/\n\s+at /)
      const errors = annotations(run, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].message).toMatch(/Not Found/)
      expect(errors[0].message).toMatch(/compare/i)
    })
  }

  it('422 "body is too long" on create: a warning; summary and gate intact; no retry', async () => {
    const pr = open(111, BROKEN)
    fake.fault(ROUTES.createComment, [
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)'
            }
          ],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422'
        }
      }
    ])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, true)
    expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([422])
    expect(fake.comments(111)).toEqual([])
    expect(run.outputs['comment-id']).toBe('')
    expect(annotations(run, 'warning').some((w) => /422/.test(w.message))).toBe(true)
  })

  it('a 502 on the comment POST that GitHub stored anyway: exactly one comment', async () => {
    const pr = open(112)
    fake.fault(ROUTES.createComment, [{ status: 502, applyThenFail: true }])
    const run = await runPr(pr)
    expect(run.ms).toBeLessThan(10_000)
    expectReported(run, false)
    expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([502])
    const comments = fake.comments(112)
    expect(comments).toHaveLength(1)
    expect(comments[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
    expect(run.outputs['comment-id']).toBe(String(comments[0].id))
  })
})

describe('a force-push between the event and the run', () => {
  it('posts nothing for the stale head, says so, and still computes the gate', async () => {
    const pr = open(113, BROKEN)
    const stale = pr.headSha
    // The newer head is pushed and reported first; then the run for the older event arrives.
    pr.push({ [PATH]: BIGGER })
    const newer = await runPr(pr, { action: 'synchronize' })
    expect(newer.exitCode).toBe(0)
    const comment = fake.comments(113)
    expect(comment).toHaveLength(1)
    expect(comment[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))

    const run = await runPr(pr, {
      eventHeadSha: stale,
      workspace: scratch.workspace(pr.repo, pr.headRef)
    })
    expect(run.ms).toBeLessThan(10_000)
    expect(writes(run.calls)).toEqual([])
    expect(fake.comments(113)).toEqual(comment)
    expect(botComments(fake, 113)[0].body.split('\n')[0]).toBe(markerOf(pr.headSha))
    const notices = annotations(run, 'notice')
    expect(
      notices.some(
        (n) => n.message.includes(stale.slice(0, 7)) && n.message.includes(pr.headSha.slice(0, 7))
      )
    ).toBe(true)
    // The gate is the stale head's (its config is broken), and says so in the summary and outputs.
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ failed: 'true', 'comment-id': '' })
    expect(rowsFor(run.summary, PATH)[0]).toContain('❌')
    expect(run.summary).toContain(`head \`${stale.slice(0, 7)}\``)
    expect(visibleLog(run)).not.toContain('Sticky comment')
  })

  it('without a previous comment: still nothing posted for the stale head', async () => {
    const pr = open(114)
    const stale = pr.headSha
    pr.push({ [PATH]: setKey(LLAMA, 'num_key_value_heads', 32) })
    const run = await runPr(pr, { eventHeadSha: stale, workspace: null })
    expect(writes(run.calls)).toEqual([])
    expect(fake.comments(114)).toEqual([])
    expectReported(run, false)
    expect(annotations(run, 'notice')).toHaveLength(1)
  })
})
