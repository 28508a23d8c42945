// Issue 3: fork pull requests get a read-only token. No comment is attempted; the summary,
// annotations, outputs and gate still work. A same-repo 403 on the comment is a notice, not a failure.
import { describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  annotations,
  callsTo,
  lineOf,
  LLAMA,
  Pr,
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

const PATH = 'models/llama/config.json'
const BIGGER = setKey(LLAMA, 'num_key_value_heads', 16)
const BROKEN = setKey(LLAMA, 'num_key_value_heads', 5)

describe('pull_request from a fork', () => {
  it('passing: no comment attempt, one notice, summary, outputs, exit 0', async () => {
    const pr = Pr.open(fake, scratch, 41, { [PATH]: LLAMA }, { [PATH]: BIGGER }, { fork: true })
    const run = await runPr(pr)
    expect(run.exitCode).toBe(0)
    expect(callsTo(run, ROUTES.createComment)).toEqual([])
    expect(callsTo(run, ROUTES.listComments)).toEqual([])
    expect(writes(run.calls)).toEqual([])
    expect(fake.comments(41)).toEqual([])
    const notices = annotations(run, 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0].message).toMatch(/fork/)
    expect(annotations(run, 'warning')).toEqual([])
    expect(run.summary).toContain('## cachespec · KV cache report')
    expect(rowsFor(run.summary, PATH)[0]).toContain('▲ +4 GiB (+100%)')
    expect(run.outputs).toMatchObject({
      failed: 'false',
      'changed-models': '1',
      'comment-id': '',
      'kv-delta-bytes': String(4 * 1024 ** 3)
    })
  })

  it('failing: no comment attempt, the annotation, summary, outputs, exit 1', async () => {
    const pr = Pr.open(fake, scratch, 42, { [PATH]: LLAMA }, { [PATH]: BROKEN }, { fork: true })
    const run = await runPr(pr)
    expect(run.exitCode).toBe(1)
    expect(writes(run.calls)).toEqual([])
    expect(callsTo(run, ROUTES.listComments)).toEqual([])
    expect(fake.comments(42)).toEqual([])
    expect(annotations(run, 'notice').filter((n) => /fork/.test(n.message))).toHaveLength(1)
    const fileErrors = annotations(run, 'error').filter((e) => e.properties.file === PATH)
    expect(fileErrors).toHaveLength(1)
    expect(fileErrors[0].properties.line).toBe(String(lineOf(BROKEN, '"num_key_value_heads"')))
    expect(rowsFor(run.summary, PATH)[0]).toContain('❌')
    expect(run.outputs).toMatchObject({ failed: 'true', 'changed-models': '1', 'comment-id': '' })
  })
})

describe('pull_request from the same repository with a read-only token', () => {
  const FORBIDDEN = {
    status: 403,
    headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403'
    }
  }

  for (const [label, number, head, exitCode] of [
    ['passing', 43, BIGGER, 0],
    ['failing', 44, BROKEN, 1]
  ] as const) {
    it(`${label}: a 403 on the comment POST is one notice; summary, outputs and exit ${exitCode} stand`, async () => {
      const pr = Pr.open(fake, scratch, number, { [PATH]: LLAMA }, { [PATH]: head })
      fake.fault(ROUTES.createComment, [FORBIDDEN])
      const run = await runPr(pr)
      expect(run.exitCode).toBe(exitCode)
      // Tried once: a 403 is never retried.
      expect(callsTo(run, ROUTES.createComment).map((c) => c.status)).toEqual([403])
      expect(fake.comments(number)).toEqual([])
      const notices = annotations(run, 'notice')
      expect(notices).toHaveLength(1)
      expect(notices[0].message).toContain('Resource not accessible by integration')
      expect(annotations(run, 'warning')).toEqual([])
      expect(rowsFor(run.summary, PATH)).toHaveLength(1)
      expect(run.outputs).toMatchObject({
        failed: exitCode === 1 ? 'true' : 'false',
        'changed-models': '1',
        'comment-id': ''
      })
    })
  }
})
