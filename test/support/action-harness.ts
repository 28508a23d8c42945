import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WebhookDefinition } from '@octokit/webhooks-examples'
import { parse as parseYaml } from 'yaml'
import type { FakeFile, FakeGitHub } from './fake-github.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)

/** The two runtimes the Action is tested on: this machine's Node 20, and the Node 24 action.yml declares. */
export const RUNTIMES = {
  node20: process.execPath,
  node24: join(ROOT, 'node_modules', 'node24', 'bin', 'node')
} as const
export type Runtime = keyof typeof RUNTIMES

export type FileSpec = string | { symlink: string } | null

/** A real git repository in a temp dir, with an identity and no global config leaking in. */
export class TestRepo {
  readonly dir: string

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'cachespec-repo-'))
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.email', 'zoo@example.com')
    this.git('config', 'user.name', 'Zoo Keeper')
    this.git('config', 'commit.gpgsign', 'false')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: gitEnv() }).trim()
  }

  /** Writes (string), symlinks ({symlink}) or deletes (null) files, then commits; returns the sha. */
  commit(files: Record<string, FileSpec>, message = 'change'): string {
    for (const [path, spec] of Object.entries(files)) {
      const full = join(this.dir, path)
      rmSync(full, { force: true, recursive: true })
      if (spec === null) continue
      mkdirSync(dirname(full), { recursive: true })
      if (typeof spec === 'string') writeFileSync(full, spec)
      else symlinkSync(spec.symlink, full)
    }
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  checkout(ref: string): void {
    this.git('checkout', '-q', ref)
  }

  /** Every commit, with its files, into the fake so the API serves the same history as git. */
  mirror(fake: FakeGitHub): void {
    const shas = this.git('rev-list', '--all', '--reverse').split('\n').filter(Boolean)
    for (const sha of shas) {
      const parents = this.git('rev-list', '--parents', '-n', '1', sha).split(' ').slice(1)
      const files = new Map<string, FakeFile>()
      const listing = execFileSync('git', ['ls-tree', '-r', '-z', sha], {
        cwd: this.dir,
        env: gitEnv()
      }).toString('utf8')
      for (const record of listing.split('\0').filter(Boolean)) {
        const tab = record.indexOf('\t')
        const [mode, , blob] = record.slice(0, tab).split(' ')
        const content = execFileSync('git', ['cat-file', 'blob', blob], {
          cwd: this.dir,
          env: gitEnv()
        })
        files.set(record.slice(tab + 1), { content, mode: mode === '120000' ? '120000' : '100644' })
      }
      fake.addCommit({ sha, parents, files })
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

function gitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null'
  }
}

/** A clone the way actions/checkout leaves it: a workspace whose origin is the test repository. */
export function cloneWorkspace(repo: TestRepo, ref: string, depth = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'cachespec-ws-'))
  execFileSync(
    'git',
    ['clone', '-q', '--no-local', `--depth=${depth}`, '--branch', ref, `file://${repo.dir}`, dir],
    { env: gitEnv() }
  )
  // A shallow clone can fetch single commits by sha only when the server allows it.
  execFileSync('git', ['config', 'uploadpack.allowAnySHA1InWant', 'true'], {
    cwd: repo.dir,
    env: gitEnv()
  })
  return dir
}

const examples = require('@octokit/webhooks-examples') as WebhookDefinition[]

function example(event: string, action?: string): Record<string, unknown> {
  const def = examples.find((d) => d.name === event)
  const found = def?.examples.find(
    (e) => action === undefined || (e as { action?: string }).action === action
  )
  if (!found) throw new Error(`no ${event}/${action ?? ''} example`)
  return structuredClone(found) as Record<string, unknown>
}

export interface RepoIdentity {
  owner: string
  repo: string
  id: number
}

function repository(r: RepoIdentity, template: Record<string, unknown>): Record<string, unknown> {
  return {
    ...template,
    id: r.id,
    name: r.repo,
    full_name: `${r.owner}/${r.repo}`,
    owner: { ...(template.owner as object), login: r.owner }
  }
}

/** A real pull_request webhook payload (from @octokit/webhooks-examples) pointed at our repository. */
export function pullRequestPayload(
  r: RepoIdentity,
  pr: {
    number: number
    headSha: string
    baseSha: string
    headRef: string
    baseRef: string
    fork?: { owner: string; id: number }
  },
  action: 'opened' | 'synchronize' = 'opened'
): Record<string, unknown> {
  const payload = example('pull_request', action)
  const repoObject = repository(r, payload.repository as Record<string, unknown>)
  const headRepo = pr.fork
    ? repository({ owner: pr.fork.owner, repo: r.repo, id: pr.fork.id }, repoObject)
    : repoObject
  const template = payload.pull_request as Record<string, Record<string, unknown>>
  payload.number = pr.number
  payload.repository = repoObject
  payload.pull_request = {
    ...template,
    number: pr.number,
    head: { ...template.head, sha: pr.headSha, ref: pr.headRef, repo: headRepo },
    base: { ...template.base, sha: pr.baseSha, ref: pr.baseRef, repo: repoObject }
  }
  return payload
}

/** A real issue_comment payload, on a pull request (the examples are all on plain issues). */
export function issueCommentPayload(
  r: RepoIdentity,
  issueNumber: number,
  body: string,
  association: string,
  commentId = 5001
): Record<string, unknown> {
  const payload = example('issue_comment', 'created')
  const issue = payload.issue as Record<string, unknown>
  payload.repository = repository(r, payload.repository as Record<string, unknown>)
  payload.issue = {
    ...issue,
    number: issueNumber,
    pull_request: { url: `https://api.github.com/repos/${r.owner}/${r.repo}/pulls/${issueNumber}` }
  }
  payload.comment = {
    ...(payload.comment as object),
    id: commentId,
    body,
    author_association: association
  }
  return payload
}

/** A real workflow_run (completed) payload for the run that built `headSha` (a fork's, so no pull_requests). */
export function workflowRunPayload(r: RepoIdentity, headSha: string): Record<string, unknown> {
  const payload = example('workflow_run', 'completed')
  payload.repository = repository(r, payload.repository as Record<string, unknown>)
  payload.workflow_run = {
    ...(payload.workflow_run as object),
    head_sha: headSha,
    pull_requests: []
  }
  return payload
}

/** A real push payload from `before` to `after`. */
export function pushPayload(
  r: RepoIdentity,
  before: string,
  after: string
): Record<string, unknown> {
  const payload = example('push')
  payload.repository = repository(r, payload.repository as Record<string, unknown>)
  return { ...payload, ref: 'refs/heads/main', before, after }
}

export function workflowDispatchPayload(r: RepoIdentity): Record<string, unknown> {
  const payload = example('workflow_dispatch')
  payload.repository = repository(r, payload.repository as Record<string, unknown>)
  return payload
}

/** The INPUT_* variables the runner would set: action.yml's defaults, then the workflow's `with:`. */
export function inputEnv(
  inputs: Record<string, string>,
  token = 'ghs_faketoken'
): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value =
      inputs[name] ?? (spec.default === '${{ github.token }}' ? token : (spec.default ?? ''))
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return env
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Lines that are workflow commands (::error … ::). */
  commands: string[]
}

export interface RunOptions {
  fake: FakeGitHub
  eventName: string
  payload: Record<string, unknown>
  sha: string
  workspace: string | null
  inputs?: Record<string, string>
  runtime?: Runtime
  env?: Record<string, string>
  timeoutMs?: number
  /** Node options before the script, e.g. a heap limit to prove memory stays bounded. */
  nodeArgs?: string[]
}

/** Runs the built dist/index.js as the runner does: a child process with the runner's environment. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'cachespec-run-'))
  const eventPath = join(tmp, 'event.json')
  const outputPath = join(tmp, 'output')
  const summaryPath = join(tmp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(o.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${(o.payload.repository as { full_name: string }).full_name}`,
    GITHUB_SHA: o.sha,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.fake.url,
    GITHUB_GRAPHQL_URL: o.fake.graphqlUrl,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    CACHESPEC_RETRY_BASE_MS: '5',
    CACHESPEC_WRITE_SPACING_MS: '0',
    CACHESPEC_REQUEST_TIMEOUT_MS: '3000',
    ...(o.workspace ? { GITHUB_WORKSPACE: o.workspace } : {}),
    ...inputEnv(o.inputs ?? {}),
    ...o.env
  }
  try {
    const child = spawn(
      RUNTIMES[o.runtime ?? 'node20'],
      [...(o.nodeArgs ?? []), join(ROOT, 'dist', 'index.js')],
      {
        cwd: o.workspace ?? tmp,
        env
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    const limit = o.timeoutMs ?? 60_000
    const exitCode = await new Promise<number>((resolveExit, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`the action did not finish within ${limit} ms\n${stdout}\n${stderr}`))
      }, limit)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolveExit(code ?? -1)
      })
    })
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      commands: stdout.split('\n').filter((l) => l.startsWith('::'))
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** GITHUB_OUTPUT's heredoc format: name<<delimiter / value / delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}
