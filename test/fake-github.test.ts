import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub, type FakeCommit, type FakeFile } from './support/fake-github.js'
import { openApi } from './support/fake-github/openapi.js'

const owner = 'octo-org'
const repo = 'models'
const human = { login: 'alice', id: 1001, type: 'User' as const }

function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex')
}

function commit(
  label: string,
  parents: string[],
  files: Record<string, string | FakeFile>
): FakeCommit {
  return {
    sha: sha(label),
    parents: parents.map(sha),
    message: label,
    files: new Map(
      Object.entries(files).map(([path, f]) => [path, typeof f === 'string' ? { content: f } : f])
    )
  }
}

interface HttpFailure {
  status: number
  message: string
  response?: { data: unknown; headers: Record<string, string | number | undefined> }
}

async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error && typeof (error as Partial<HttpFailure>).status === 'number') {
      return error as Error & HttpFailure
    }
    throw error
  }
  throw new Error('expected the request to fail')
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

let fake: FakeGitHub
let octokit: Octokit

beforeEach(async () => {
  fake = await FakeGitHub.start({ owner, repo, repoId: 42 })
  octokit = new Octokit({ baseUrl: fake.url, auth: 'ghs_test', log: quiet })
  fake.addCommit(commit('base', [], { 'README.md': 'hello\n' }))
  fake.addCommit(commit('head', ['base'], { 'README.md': 'hello\nworld\n' }))
  fake.addPull({
    number: 7,
    headSha: sha('head'),
    baseSha: sha('base'),
    headRef: 'feature',
    baseRef: 'main',
    headRepoFullName: `${owner}/${repo}`,
    headRepoId: 42
  })
})

afterEach(async () => {
  await fake.close()
})

describe('issue comments and reactions', () => {
  it('creates, lists, updates, reads and deletes comments like GitHub', async () => {
    const seeded = fake.addComment(7, 'quoting <!-- cachespec -->', human)
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: 'report v1'
    })
    expect(created.status).toBe(201)
    expect(created.data.user?.login).toBe('github-actions[bot]')
    expect(created.data.user?.id).toBe(41898282)
    expect(created.data.user?.type).toBe('Bot')
    expect(created.data.url.startsWith(fake.url)).toBe(true)
    expect(created.headers.location).toBe(created.data.url)

    const listed = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 1
    })
    expect(listed.map((c) => c.id)).toEqual([seeded.id, created.data.id])

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'report v2'
    })
    expect(updated.data.body).toBe('report v2')
    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id })
    expect(got.data.body).toBe('report v2')

    await octokit.rest.issues.updateComment({ owner, repo, comment_id: seeded.id, body: 'x' })
    expect(fake.calls.at(-1)?.note).toMatch(/edited comment .* by alice/)

    const deleted = await octokit.rest.issues.deleteComment({
      owner,
      repo,
      comment_id: created.data.id
    })
    expect(deleted.status).toBe(204)
    expect(fake.comments(7).map((c) => c.body)).toEqual(['x'])
    const gone = await failure(
      octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id })
    )
    expect(gone.status).toBe(404)
    expect(gone.response?.data).toMatchObject({ message: 'Not Found', status: '404' })
    expect(fake.calls.every((c) => c.authorization === 'token ghs_test')).toBe(true)
    expect(fake.violations).toEqual([])
  })

  it('creates a reaction once (201) and then reports it as existing (200)', async () => {
    const comment = fake.addComment(7, 'hi', human)
    const first = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    const second = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    expect([first.status, second.status]).toEqual([201, 200])
    expect(second.data.id).toBe(first.data.id)
    const list = await octokit.rest.reactions.listForIssueComment({
      owner,
      repo,
      comment_id: comment.id
    })
    expect(list.data).toHaveLength(1)
    expect(fake.reactions(comment.id)).toEqual([{ content: 'eyes', user: 'github-actions[bot]' }])
    expect(fake.comments(7)[0].reactions.eyes).toBe(1)
    expect(fake.violations).toEqual([])
  })

  it('rejects bodies over 65,536 characters with GitHub’s 422', async () => {
    const error = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65_537) })
    )
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)'
        }
      ],
      status: '422'
    })
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: 'x'.repeat(65_536)
    })
    expect(fake.comments(7)).toHaveLength(1)
    expect(fake.violations).toEqual([])
  })
})

describe('pull requests and diffs', () => {
  it('caps listFiles at 3,000 entries while changed_files says 3,500', async () => {
    const files: Record<string, string> = { 'README.md': 'hello\n' }
    for (let i = 0; i < 3500; i++)
      files[`configs/m${String(i).padStart(4, '0')}.json`] = `{"i":${i}}\n`
    fake.addCommit(commit('big', ['base'], files))
    fake.addPull({
      number: 8,
      headSha: sha('big'),
      baseSha: sha('base'),
      headRef: 'big',
      baseRef: 'main',
      headRepoFullName: `${owner}/${repo}`,
      headRepoId: 42
    })
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 8 })
    expect(pull.data.changed_files).toBe(3500)
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: 8,
      per_page: 100
    })
    expect(listed).toHaveLength(3000)
    expect(fake.calls.filter((c) => c.operationId === 'pulls/list-files')).toHaveLength(30)
    expect(fake.violations).toEqual([])
  })

  it('computes statuses, renames, blob shas and patches; fork heads have their own repo', async () => {
    fake.addCommit(
      commit('b2', [], {
        'a/config.json': '{"layers": 32}\n',
        'old/name.json': '{"same": true}\n',
        'gone.json': '{}\n',
        'link.json': { content: 'a/config.json', mode: '120000' }
      })
    )
    fake.addCommit(
      commit('h2', ['b2'], {
        'a/config.json': '{"layers": 40}\n',
        'new/name.json': '{"same": true}\n',
        'added.json': 'x\ny\n',
        'link.json': { content: 'a/config.json', mode: '100644' }
      })
    )
    fake.addPull({
      number: 10,
      headSha: sha('h2'),
      baseSha: sha('b2'),
      headRef: 'patch-1',
      baseRef: 'main',
      headRepoFullName: 'mallory/models',
      headRepoId: 666
    })
    const { data: files } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 10 })
    const byName = Object.fromEntries(files.map((f) => [f.filename, f]))
    expect(byName['a/config.json']).toMatchObject({
      status: 'modified',
      additions: 1,
      deletions: 1
    })
    expect(byName['a/config.json'].patch).toBe('@@ -1,1 +1,1 @@\n-{"layers": 32}\n+{"layers": 40}')
    expect(byName['new/name.json']).toMatchObject({
      status: 'renamed',
      previous_filename: 'old/name.json',
      changes: 0
    })
    expect(byName['old/name.json']).toBeUndefined()
    expect(byName['gone.json'].status).toBe('removed')
    expect(byName['added.json']).toMatchObject({ status: 'added', additions: 2, changes: 2 })
    expect(byName['link.json'].status).toBe('changed')

    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 10 })
    expect(pull.data.head.repo.id).toBe(666)
    expect(pull.data.head.repo.full_name).toBe('mallory/models')
    expect(pull.data.head.repo.fork).toBe(true)
    expect(pull.data.base.repo.id).toBe(42)
    expect(pull.data.body).toBeNull()

    const open = await octokit.rest.pulls.list({ owner, repo, head: 'mallory:patch-1' })
    expect(open.data.map((p) => p.number)).toEqual([10])
    fake.setPullHead(10, sha('b2'))
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 10 })).data.head.sha).toBe(
      sha('b2')
    )
    expect(fake.violations).toEqual([])
  })

  it('compares with the real merge base of the commit graph', async () => {
    // c1 <- c2 <- c3 (main); c2 <- f1 <- f2 (feature)
    fake.addCommit(commit('c1', [], { 'x.json': '1\n' }))
    fake.addCommit(commit('c2', ['c1'], { 'x.json': '2\n' }))
    fake.addCommit(commit('c3', ['c2'], { 'x.json': '2\n', 'main.json': 'm\n' }))
    fake.addCommit(commit('f1', ['c2'], { 'x.json': '3\n' }))
    fake.addCommit(commit('f2', ['f1'], { 'x.json': '3\n', 'f.json': 'f\n' }))
    fake.setRef('trunk', sha('c3'))
    const diverged = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `trunk...${sha('f2')}`
    })
    expect(diverged.data).toMatchObject({
      status: 'diverged',
      ahead_by: 2,
      behind_by: 1,
      total_commits: 2
    })
    expect(diverged.data.merge_base_commit.sha).toBe(sha('c2'))
    expect(diverged.data.commits.map((c) => c.sha)).toEqual([sha('f1'), sha('f2')])
    expect(diverged.data.files?.map((f) => f.filename)).toEqual(['f.json', 'x.json'])

    const ahead = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha('c1')}...${sha('c3')}`
    })
    expect(ahead.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 })
    const legacy = await octokit.rest.repos.compareCommits({
      owner,
      repo,
      base: sha('c1'),
      head: sha('c3')
    })
    expect(legacy.data.merge_base_commit.sha).toBe(sha('c1'))
    const behind = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha('c3')}...${sha('c1')}`
    })
    expect(behind.data.status).toBe('behind')
    const same = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha('c3')}...${sha('c3')}`
    })
    expect(same.data.status).toBe('identical')

    const single = await octokit.rest.repos.getCommit({ owner, repo, ref: sha('f2') })
    expect(single.data.files?.map((f) => f.filename)).toEqual(['f.json'])
    expect(fake.violations).toEqual([])
  })
})

describe('contents, trees and blobs', () => {
  const binary = Buffer.from([0, 1, 2, 255, 0, 10])

  beforeEach(() => {
    fake.addCommit(
      commit('files', [], {
        'models/llama/config.json': '{"hidden_size": 4096}\n',
        'models/weights.bin': { content: binary },
        'big.json': 'x'.repeat(1024 * 1024 + 1),
        'inside.json': { content: 'models/llama/config.json', mode: '120000' },
        'escape.json': { content: '../../etc/passwd', mode: '120000' },
        'hello.txt': 'hello\n'
      })
    )
  })

  it('serves base64 content, 404s, too_large and symlinks like GitHub', async () => {
    const ref = sha('files')
    const file = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'models/llama/config.json',
      ref
    })
    expect(Array.isArray(file.data)).toBe(false)
    const data = file.data as { type: string; content: string; encoding: string; sha: string }
    expect(data.type).toBe('file')
    expect(data.encoding).toBe('base64')
    expect(Buffer.from(data.content, 'base64').toString()).toBe('{"hidden_size": 4096}\n')
    expect(fake.calls[0].path).toBe(`/repos/${owner}/${repo}/contents/models/llama/config.json`)
    expect(fake.calls[0].route).toBe('GET /repos/{owner}/{repo}/contents/{path}')

    const bin = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'models/weights.bin',
      ref
    })
    expect(Buffer.from((bin.data as { content: string }).content, 'base64')).toEqual(binary)

    const hello = await octokit.rest.repos.getContent({ owner, repo, path: 'hello.txt', ref })
    expect((hello.data as { sha: string }).sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a')

    const missing = await failure(octokit.rest.repos.getContent({ owner, repo, path: 'nope', ref }))
    expect(missing.status).toBe(404)
    expect(missing.response?.data).toMatchObject({ message: 'Not Found', status: '404' })
    expect(missing.response?.data).toHaveProperty('documentation_url')

    const big = await failure(octokit.rest.repos.getContent({ owner, repo, path: 'big.json', ref }))
    expect(big.status).toBe(403)
    expect(big.response?.data).toMatchObject({ errors: [{ code: 'too_large' }] })

    const inside = await octokit.rest.repos.getContent({ owner, repo, path: 'inside.json', ref })
    expect((inside.data as { type: string }).type).toBe('file')
    const escape = await octokit.rest.repos.getContent({ owner, repo, path: 'escape.json', ref })
    expect(escape.data).toMatchObject({ type: 'symlink', target: '../../etc/passwd' })

    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'models', ref })
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual(['llama', 'weights.bin'])

    const raw = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'hello.txt',
      ref,
      mediaType: { format: 'raw' }
    })
    expect(raw.data).toBe('hello\n')

    const badRef = await failure(
      octokit.rest.repos.getContent({ owner, repo, path: 'hello.txt', ref: 'deleted-branch' })
    )
    expect(badRef.status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it('lists the recursive git tree of a commit and serves blobs', async () => {
    const tree = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: sha('files'),
      recursive: '1'
    })
    expect(tree.data.truncated).toBe(false)
    const paths = tree.data.tree.map((e) => `${e.type} ${e.mode} ${e.path}`)
    expect(paths).toContain('tree 040000 models/llama')
    expect(paths).toContain('blob 120000 inside.json')
    expect(paths).toContain('blob 100644 models/llama/config.json')
    const entry = tree.data.tree.find((e) => e.path === 'models/weights.bin')
    expect(entry?.size).toBe(binary.length)

    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: entry?.sha ?? '' })
    expect(Buffer.from(blob.data.content, 'base64')).toEqual(binary)

    const sub = tree.data.tree.find((e) => e.path === 'models')
    const subtree = await octokit.rest.git.getTree({ owner, repo, tree_sha: sub?.sha ?? '' })
    expect(subtree.data.tree.map((e) => e.path)).toEqual(['llama', 'weights.bin'])

    fake.addCommit(commit('empty', [], {}))
    const empty = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha('empty') })
    expect(empty.data.sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904')

    fake.setTreeTruncated(sha('files'), true)
    const truncated = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: sha('files'),
      recursive: '1'
    })
    expect(truncated.data.truncated).toBe(true)
    expect(truncated.data.tree.length).toBeLessThan(tree.data.tree.length)
    expect(fake.violations).toEqual([])
  })
})

describe('GraphQL', () => {
  it('answers aliased blob queries validated against the schema', async () => {
    const text = 'y'.repeat(600_000)
    fake.addCommit(
      commit('gql', [], {
        'a.json': '{"a": 1}\n',
        'bin.dat': { content: Buffer.from([1, 0, 2]) },
        'large.txt': text
      })
    )
    const paths = ['a.json', 'bin.dat', 'large.txt', 'missing.json']
    for (let i = paths.length; i < 50; i++) paths.push(`m${i}.json`)
    const fields = paths
      .map(
        (p, i) =>
          `f${i}: object(expression: "${sha('gql')}:${p}") { ... on Blob { text byteSize isBinary isTruncated oid } }`
      )
      .join('\n')
    type BlobResult = {
      text: string | null
      byteSize: number
      isBinary: boolean | null
      isTruncated: boolean
      oid: string
    } | null
    const result = await octokit.graphql<{
      viewer: { login: string }
      rateLimit: { remaining: number }
      repository: Record<string, BlobResult>
    }>(
      `query($owner: String!, $name: String!) {
        viewer { login }
        rateLimit { remaining }
        repository(owner: $owner, name: $name) { ${fields} }
      }`,
      { owner, name: repo }
    )
    expect(result.viewer.login).toBe('github-actions[bot]')
    expect(result.rateLimit.remaining).toBeGreaterThan(0)
    expect(result.repository.f0).toMatchObject({ text: '{"a": 1}\n', isBinary: false, byteSize: 9 })
    expect(result.repository.f1).toMatchObject({ text: null, isBinary: true })
    expect(result.repository.f2?.isTruncated).toBe(true)
    expect(result.repository.f2?.text).toHaveLength(512_000)
    expect(result.repository.f3).toBeNull()
    expect(Object.keys(result.repository)).toHaveLength(50)
    expect(fake.violations).toEqual([])
  })

  it('records an invalid query as a violation and answers with GitHub-style errors', async () => {
    const error = await octokit.graphql('{ viewer { logn } }').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(String(error)).toMatch(/logn/)
    expect(fake.violations).toHaveLength(1)
    expect(fake.violations[0]).toMatch(/graphql validation error/)
  })
})

describe('faults', () => {
  const get = () => octokit.rest.pulls.get({ owner, repo, pull_number: 7 })
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'

  it('answers scripted statuses, headers and bodies in order, then behaves normally', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    fake.fault(route, [
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
      {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit.' },
        headers: { 'retry-after': '1' }
      },
      { status: 403, body: { message: 'You have exceeded a secondary rate limit.' } },
      { status: 429 },
      { status: 500, body: '' },
      { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
      { status: 503 },
      {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
        headers: { 'x-accepted-github-permissions': 'pull_requests=read' }
      },
      { status: 404, body: { message: 'Branch not found', status: '404' } },
      { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'custom' }] } }
    ])
    const primary = await failure(get())
    expect(primary.status).toBe(403)
    expect(primary.response?.headers['x-ratelimit-remaining']).toBe('0')
    expect(primary.response?.headers['x-ratelimit-reset']).toBe(reset)
    const secondary = await failure(get())
    expect(secondary.response?.headers['retry-after']).toBe('1')
    expect(secondary.message).toMatch(/secondary rate limit/)
    const noRetryAfter = await failure(get())
    expect(noRetryAfter.response?.headers['retry-after']).toBeUndefined()
    expect((await failure(get())).status).toBe(429)
    expect((await failure(get())).status).toBe(500)
    const html = await failure(get())
    expect(html.status).toBe(502)
    expect(html.response?.headers['content-type']).toMatch(/text\/html/)
    expect(html.response?.data).toMatch(/Bad Gateway/)
    expect((await failure(get())).status).toBe(503)
    const permission = await failure(get())
    expect(permission.response?.headers['x-accepted-github-permissions']).toBe('pull_requests=read')
    expect((await failure(get())).response?.data).toMatchObject({ message: 'Branch not found' })
    expect((await failure(get())).status).toBe(422)
    expect((await get()).status).toBe(200)
    expect(fake.calls.map((c) => c.status)).toEqual([
      403, 403, 403, 429, 500, 502, 503, 403, 404, 422, 200
    ])
    expect(fake.violations).toEqual([])
  })

  it('works with the throttling and retry plugins', async () => {
    const Client = Octokit.plugin(throttling, retry)
    const seen: string[] = []
    const client = new Client({
      baseUrl: fake.url,
      auth: 'ghs_test',
      log: quiet,
      throttle: {
        retryAfterBaseValue: 5,
        fallbackSecondaryRateRetryAfter: 1,
        onRateLimit: () => {
          seen.push('primary')
          return true
        },
        onSecondaryRateLimit: () => {
          seen.push('secondary')
          return true
        }
      },
      retry: { retryAfterBaseValue: 5 }
    })
    fake.fault(route, [
      {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit.' },
        headers: { 'retry-after': '1' }
      },
      { status: 502 }
    ])
    const res = await client.rest.pulls.get({ owner, repo, pull_number: 7 })
    expect(res.status).toBe(200)
    expect(seen).toEqual(['secondary'])
    expect(fake.calls.map((c) => c.status)).toEqual([403, 502, 200])
    expect(fake.violations).toEqual([])
  })

  it('applyThenFail stores the comment and still answers 502', async () => {
    fake.fault('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', [
      { status: 502, applyThenFail: true }
    ])
    const error = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'report' })
    )
    expect(error.status).toBe(502)
    expect(fake.comments(7).map((c) => c.body)).toEqual(['report'])
    expect(fake.calls[0].note).toMatch(/applied \(201\) then failed/)

    // the reliability note's F3: stock plugin-retry re-POSTs, so GitHub ends with two comments
    const Retrying = Octokit.plugin(retry)
    const client = new Retrying({
      baseUrl: fake.url,
      auth: 'ghs_test',
      log: quiet,
      retry: { retryAfterBaseValue: 1 }
    })
    fake.fault('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', [
      { status: 502, applyThenFail: true }
    ])
    await client.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'again' })
    expect(fake.comments(7).map((c) => c.body)).toEqual(['report', 'again', 'again'])
    expect(fake.violations).toEqual([])
  })

  it('hang keeps the request open until the client gives up; close() cleans up', async () => {
    fake.fault(route, [{ hang: true, status: 0 }])
    const started = Date.now()
    const error = await octokit.rest.pulls
      .get({ owner, repo, pull_number: 7, request: { signal: AbortSignal.timeout(200) } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(fake.calls[0].status).toBe(0)
    expect((await get()).status).toBe(200)
    expect(fake.violations).toEqual([])
  })

  it('refuses faults for routes GitHub does not have', () => {
    expect(() => fake.fault('GET /repos/{owner}/{repo}/nonsense', [{ status: 500 }])).toThrow(
      /not an operation/
    )
  })
})

describe('contract violations', () => {
  it('records a schema-invalid request body and answers 422', async () => {
    const error = await failure(
      octokit.request(`POST /repos/${owner}/${repo}/issues/7/comments`, { text: 'wrong field' })
    )
    expect(error.status).toBe(422)
    expect(fake.comments(7)).toEqual([])
    expect(fake.violations).toHaveLength(1)
    expect(fake.violations[0]).toMatch(/issues\/\{issue_number\}\/comments.*body/)
  })

  it('records unknown routes, unknown query parameters and wrong parameter types', async () => {
    expect(
      (await failure(octokit.request('GET /repos/{owner}/{repo}/nonsense', { owner, repo }))).status
    ).toBe(404)
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner,
      repo,
      pull_number: 7,
      perPage: 100
    })
    expect((await failure(octokit.request(`GET /repos/${owner}/${repo}/pulls/seven`))).status).toBe(
      404
    )
    expect(fake.violations).toHaveLength(3)
    expect(fake.violations[0]).toMatch(/unknown route/)
    expect(fake.violations[1]).toMatch(/perPage/)
    expect(fake.violations[2]).toMatch(/pull_number/)
  })

  it('bounds runaway loops with maxRequests', async () => {
    const small = await FakeGitHub.start({ owner, repo, maxRequests: 2 })
    try {
      const client = new Octokit({ baseUrl: small.url, auth: 'x', log: quiet })
      await client.rest.repos.get({ owner, repo })
      await client.rest.repos.get({ owner, repo })
      expect((await failure(client.rest.repos.get({ owner, repo }))).status).toBe(500)
      expect(small.violations).toHaveLength(1)
      expect(small.violations[0]).toMatch(/more than 2 requests/)
    } finally {
      await small.close()
    }
  })

  it('validates OpenAPI nullable fields (with and without type) both ways', () => {
    const { match } = openApi().match('GET', '/repos/o/r/commits/abc')
    expect(match?.operationId).toBe('repos/get-commit')
    if (!match) return
    const commitBody = {
      url: 'https://x.test/c',
      sha: 'abc',
      node_id: 'n',
      html_url: 'https://x.test/c',
      comments_url: 'https://x.test/c',
      commit: {
        url: 'https://x.test/c',
        author: null,
        committer: null,
        message: 'm',
        comment_count: 0,
        tree: { sha: 't', url: 'https://x.test/t' }
      },
      author: null,
      committer: {},
      parents: [],
      files: [
        {
          sha: null,
          filename: 'a',
          status: 'added',
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: 'https://x.test/b',
          raw_url: 'https://x.test/r',
          contents_url: 'https://x.test/c'
        }
      ]
    }
    expect(openApi().checkResponse(match, 200, 'application/json', commitBody)).toEqual([])
    const bad = { ...commitBody, files: [{ ...commitBody.files[0], status: 'moved' }] }
    expect(openApi().checkResponse(match, 200, 'application/json', bad).join()).toMatch(
      /files\/0\/status/
    )
    const nullTree = { ...commitBody, commit: { ...commitBody.commit, tree: null } }
    expect(openApi().checkResponse(match, 200, 'application/json', nullTree)).not.toEqual([])
  })
})
