import { execFileSync } from 'node:child_process'
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/fake-github.js'
import {
  pullRequestPayload,
  runAction,
  TestRepo,
  workflowDispatchPayload,
  type RepoIdentity
} from '../support/action-harness.js'
import { fixtureText } from '../support/engine.js'

/**
 * Issue 4's scale goals, on the built Action with a heap limit: 10,000 changed configs in one
 * pull request and 100,000 configs in an audit. Repositories this large are made with
 * `git fast-import` (each path points at one of a few real configs' blobs), which takes seconds.
 */
const ID: RepoIdentity = { owner: 'zoo', repo: 'big', id: 4242 }
const HEAP = ['--max-old-space-size=384']

let fake: FakeGitHub
let repo: TestRepo

beforeAll(async () => {
  fake = await FakeGitHub.start({ owner: ID.owner, repo: ID.repo, repoId: ID.id })
  repo = new TestRepo()
})
afterAll(async () => {
  await fake.close()
  repo.remove()
})

interface Tree {
  /** The blobs, by mark. */
  blobs: string[]
  /** path → index into blobs. */
  files: [string, number][]
}

/** One commit on `branch` with exactly these files, through git fast-import. */
function fastImport(branch: string, parent: string | null, tree: Tree, message: string): string {
  const parts: string[] = []
  tree.blobs.forEach((text, i) => {
    parts.push(`blob\nmark :${i + 1}\ndata ${Buffer.byteLength(text)}\n${text}\n`)
  })
  parts.push(`commit refs/heads/${branch}\ncommitter Zoo <zoo@example.com> 1700000000 +0000\n`)
  parts.push(`data ${Buffer.byteLength(message)}\n${message}\n`)
  if (parent) parts.push(`from ${parent}\n`)
  parts.push('deleteall\n')
  for (const [path, blob] of tree.files) parts.push(`M 100644 :${blob + 1} ${path}\n`)
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo.dir,
    input: parts.join(''),
    env: { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    maxBuffer: 1 << 30
  })
  return repo.git('rev-parse', `refs/heads/${branch}`)
}

const REAL = [
  'corpus/meta-llama--Llama-3.2-1B-Instruct',
  'corpus/google--gemma-3-27b-it',
  'corpus/Qwen--Qwen3.5-9B',
  'corpus/deepseek-ai--DeepSeek-R1',
  'corpus/openai--gpt-oss-120b',
  'corpus/nvidia--Nemotron-H-56B-Base-8K'
].map((f) => fixtureText(`${f}/config.json`))

const BROKEN = '{"model_type": "llama", "num_attention_heads": 32, "num_key_value_heads": 5}\n'

it(
  'a pull request that changes 10,000 configs: bounded comment, summary and memory; every change in the JSON',
  { timeout: 240_000 },
  async () => {
    const base = fastImport(
      'main',
      null,
      { blobs: ['a model zoo\n'], files: [['README.md', 0]] },
      'base'
    )
    const files: [string, number][] = []
    for (let i = 0; i < 10_000; i++)
      files.push([`models/m${String(i).padStart(5, '0')}/config.json`, i % REAL.length])
    files.push(['models/m09999-broken/config.json', REAL.length], ['README.md', REAL.length + 1])
    const head = fastImport(
      'feature',
      base,
      { blobs: [...REAL, BROKEN, 'a model zoo\n'], files },
      'ten thousand configs'
    )
    fake.addCommit({ sha: base, parents: [], files: new Map() })
    fake.addCommit({ sha: head, parents: [base], files: new Map() })
    // GitHub lists 3,000 files of this pull request but says it changed 10,001.
    fake.addPull({
      number: 10,
      headSha: head,
      baseSha: base,
      headRef: 'feature',
      baseRef: 'main',
      headRepoFullName: `${ID.owner}/${ID.repo}`,
      headRepoId: ID.id,
      changedFiles: 10_001,
      listFilesOverride: files.slice(0, 3000).map(([filename]) => ({
        sha: null,
        filename,
        status: 'added',
        additions: 1,
        deletions: 0,
        changes: 1
      }))
    })
    const run = await runAction({
      fake,
      eventName: 'pull_request',
      payload: pullRequestPayload(ID, {
        number: 10,
        headSha: head,
        baseSha: base,
        headRef: 'feature',
        baseRef: 'main'
      }),
      sha: head,
      workspace: repo.dir,
      nodeArgs: HEAP,
      timeoutMs: 200_000
    })
    expect(fake.violations).toEqual([])
    // The broken config (5 KV heads do not divide 32 heads) fails the gate, past the 3,000 listed.
    expect(run.exitCode).toBe(1)
    expect(run.outputs['changed-models']).toBe('10001')
    const comments = fake.comments(10)
    expect(comments).toHaveLength(1)
    expect(comments[0].body.length).toBeLessThanOrEqual(65_536)
    expect(comments[0].body).toContain('models/m09999-broken/config.json')
    expect(comments[0].body).toMatch(/more models? \(the least changed\) are in the job summary/)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as {
      changes: { path: string; change: string; head: { spec: { layers: unknown[] } | null } }[]
    }
    expect(report.changes).toHaveLength(10_001)
    expect(report.changes.every((c) => c.change === 'added')).toBe(true)
    // Llama-3.2-1B's 16 layers are all in the file, though the run kept none of them in memory.
    expect(report.changes[0].head.spec?.layers).toHaveLength(16)
  }
)

describe('an audit of 100,000 configs', () => {
  it(
    'writes every model to the JSON report and a summary under 1 MiB, within a 384 MiB heap',
    { timeout: 300_000 },
    async () => {
      const files: [string, number][] = []
      for (let i = 0; i < 100_000; i++)
        files.push([`zoo/${i % 1000}/model-${i}/config.json`, i % REAL.length])
      const sha = fastImport('audit', null, { blobs: REAL, files }, 'a hundred thousand configs')
      const run = await runAction({
        fake,
        eventName: 'workflow_dispatch',
        payload: workflowDispatchPayload(ID),
        sha,
        workspace: repo.dir,
        nodeArgs: HEAP,
        timeoutMs: 280_000
      })
      expect(run.exitCode).toBe(0)
      expect(fake.violations).toEqual([])
      expect(run.outputs['changed-models']).toBe('100000')
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
      expect(run.summary).toMatch(/more models? \(the least changed\) are in the JSON report/)
      // The report holds one model per line; count them without loading the file as one string.
      let models = 0
      let last = ''
      for await (const line of createInterface({
        input: createReadStream(run.outputs['report-path'])
      })) {
        if (line.startsWith('{"path":')) models++
        last = line
      }
      expect(models).toBe(100_000)
      expect(last).toMatch(/^\],"gate":\{"failed":false,"failures":\[\]\}\}$/)
    }
  )
})
