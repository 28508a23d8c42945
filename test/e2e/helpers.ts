/**
 * Shared pieces of the end-to-end suite: a pull request in a real git repository mirrored into the
 * fake GitHub, runs of the built Action against it, and readers for what a run leaves behind
 * (workflow commands, the JSON report, the calls the fake saw).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import {
  cloneWorkspace,
  pullRequestPayload,
  runAction,
  ROOT,
  TestRepo,
  type ActionRun,
  type FileSpec,
  type RepoIdentity,
  type Runtime
} from '../support/action-harness.js'
import { fixtureText } from '../support/engine.js'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { FakeGitHub, type FakeFile, type RecordedCall } from '../support/fake-github.js'

export const OWNER = 'zoo'
export const REPO = 'models'
export const REPO_ID = 100
export const IDENTITY: RepoIdentity = { owner: OWNER, repo: REPO, id: REPO_ID }
export const FORK = { owner: 'stranger', id: 666 }

export const ROUTES = {
  getPull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  compare: 'GET /repos/{owner}/{repo}/compare/{basehead}',
  listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  react: 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
  contents: 'GET /repos/{owner}/{repo}/contents/{path}',
  tree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  blob: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  graphql: 'POST /graphql'
} as const

export const HUMAN = { login: 'alice', id: 5, type: 'User' as const }

/** Real configs from the corpus. */
export const LLAMA = fixtureText('corpus/meta-llama--Llama-3.1-8B-Instruct/config.json')
export const QWEN3 = fixtureText('corpus/Qwen--Qwen3-8B/config.json')
export const GEMMA3 = fixtureText('corpus/google--gemma-3-4b-it/config.json')
export const PHI4 = fixtureText('corpus/microsoft--phi-4/config.json')
export const MISTRAL = fixtureText('corpus/mistralai--Mixtral-8x7B-v0.1/config.json')

/** Replaces the value of the first `"key": value` in a config text, keeping its layout. */
export function setKey(text: string, key: string, value: string | number): string {
  const pattern = new RegExp(`("${key}"\\s*:\\s*)([^,\\n}]+)`)
  if (!pattern.test(text)) throw new Error(`no "${key}" in the config`)
  return text.replace(pattern, `$1${value}`)
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at === -1) throw new Error(`"${needle}" is not in the text`)
  return text.slice(0, at).split('\n').length
}

/** Temp dirs and repositories a test file made, removed in afterAll. */
export class Scratch {
  private readonly repos: TestRepo[] = []
  private readonly dirs: string[] = []

  repo(): TestRepo {
    const repo = new TestRepo()
    this.repos.push(repo)
    return repo
  }

  dir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cachespec-e2e-'))
    this.dirs.push(dir)
    return dir
  }

  workspace(repo: TestRepo, ref: string, depth = 1): string {
    const dir = cloneWorkspace(repo, ref, depth)
    this.dirs.push(dir)
    return dir
  }

  cleanup(): void {
    for (const repo of this.repos) repo.remove()
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true })
  }
}

export interface PrOptions {
  fork?: boolean
  /** Mirror with one `git cat-file --batch` per commit (for thousands of files). */
  bulk?: boolean
}

type PrInit = { base: Record<string, FileSpec>; head: Record<string, FileSpec> } | { twin: Pr }

/** A pull request: `main` with the base files, branch `pr-<n>` with the head files on top. */
export class Pr {
  readonly headRef: string
  readonly baseSha: string
  headSha: string

  constructor(
    readonly fake: FakeGitHub,
    readonly scratch: Scratch,
    readonly number: number,
    readonly repo: TestRepo,
    init: PrInit,
    readonly options: PrOptions = {}
  ) {
    if ('twin' in init) {
      this.headRef = init.twin.headRef
      this.baseSha = init.twin.baseSha
      this.headSha = init.twin.headSha
    } else {
      this.headRef = `pr-${number}`
      this.baseSha = repo.commit(init.base, 'base')
      repo.git('checkout', '-q', '-b', this.headRef)
      this.headSha = repo.commit(init.head, 'head')
      repo.git('checkout', '-q', 'main')
      this.mirror()
    }
    fake.addPull({
      number,
      headSha: this.headSha,
      baseSha: this.baseSha,
      headRef: this.headRef,
      baseRef: 'main',
      headRepoFullName: options.fork ? `${FORK.owner}/${REPO}` : `${OWNER}/${REPO}`,
      headRepoId: options.fork ? FORK.id : REPO_ID
    })
  }

  static open(
    fake: FakeGitHub,
    scratch: Scratch,
    number: number,
    base: Record<string, FileSpec>,
    head: Record<string, FileSpec>,
    options: PrOptions = {}
  ): Pr {
    return new Pr(fake, scratch, number, scratch.repo(), { base, head }, options)
  }

  /** Another pull request (another number) from the same branch and commits. */
  twin(number: number): Pr {
    return new Pr(this.fake, this.scratch, number, this.repo, { twin: this }, this.options)
  }

  /** Moves this PR's head to a commit another PR pushed (for twins). */
  follow(headSha: string): void {
    this.headSha = headSha
    this.fake.setPullHead(this.number, headSha)
  }

  mirror(): void {
    if (this.options.bulk) bulkMirror(this.repo, this.fake)
    else this.repo.mirror(this.fake)
  }

  /** A new commit on the PR branch (a push); the fake's pull moves to it. */
  push(files: Record<string, FileSpec>, moveFakeHead = true): string {
    this.repo.git('checkout', '-q', this.headRef)
    const sha = this.repo.commit(files, 'push')
    this.repo.git('checkout', '-q', 'main')
    this.mirror()
    if (moveFakeHead) {
      this.headSha = sha
      this.fake.setPullHead(this.number, sha)
    }
    return sha
  }

  payload(
    action: 'opened' | 'synchronize' = 'opened',
    headSha = this.headSha
  ): Record<string, unknown> {
    return pullRequestPayload(
      IDENTITY,
      {
        number: this.number,
        headSha,
        baseSha: this.baseSha,
        headRef: this.headRef,
        baseRef: 'main',
        ...(this.options.fork ? { fork: FORK } : {})
      },
      action
    )
  }

  /** A shallow clone of the PR branch, as actions/checkout leaves it. */
  workspace(): string {
    return this.scratch.workspace(this.repo, this.headRef)
  }
}

export interface PrRunOptions {
  workspace?: string | null
  inputs?: Record<string, string>
  env?: Record<string, string>
  runtime?: Runtime
  action?: 'opened' | 'synchronize'
  /** The head the event names (defaults to the PR's current head). */
  eventHeadSha?: string
  timeoutMs?: number
}

export interface E2eRun extends ActionRun {
  /** The requests this run made (the fake is shared by a file's tests, which run one at a time). */
  calls: RecordedCall[]
  ms: number
}

export async function runPr(pr: Pr, o: PrRunOptions = {}): Promise<E2eRun> {
  const headSha = o.eventHeadSha ?? pr.headSha
  return timedRun(pr.fake, () =>
    runAction({
      fake: pr.fake,
      eventName: 'pull_request',
      payload: pr.payload(o.action ?? 'opened', headSha),
      sha: headSha,
      workspace: o.workspace === undefined ? pr.workspace() : o.workspace,
      inputs: o.inputs,
      env: o.env,
      runtime: o.runtime,
      timeoutMs: o.timeoutMs
    })
  )
}

/** Every run in the suite stays under this many API requests (the 3,500-file PR needs ~40). */
export const MAX_CALLS_PER_RUN = 50

export async function timedRun(fake: FakeGitHub, start: () => Promise<ActionRun>): Promise<E2eRun> {
  const mark = fake.calls.length
  const t0 = Date.now()
  const run = await start()
  const calls = fake.calls.slice(mark)
  if (calls.length > MAX_CALLS_PER_RUN) {
    throw new Error(`the run made ${calls.length} API requests (bound: ${MAX_CALLS_PER_RUN})`)
  }
  return { ...run, calls, ms: Date.now() - t0 }
}

export function callsTo(run: { calls: RecordedCall[] }, route: string): RecordedCall[] {
  return run.calls.filter((c) => c.route === route)
}

/** API calls that change something (GraphQL is a POST but reads here). */
export function writes(calls: RecordedCall[]): RecordedCall[] {
  return calls.filter((c) => c.method !== 'GET' && c.route !== ROUTES.graphql)
}

export function graphqlQueries(calls: RecordedCall[]): string[] {
  return calls
    .filter((c) => c.route === ROUTES.graphql)
    .map((c) => (c.body as { query?: string } | undefined)?.query ?? '')
}

/** One workflow command line, split the way the runner reads it. */
export interface Command {
  name: string
  properties: Record<string, string>
  message: string
  line: string
}

export function parseCommand(line: string): Command | null {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!m) return null
  const properties: Record<string, string> = {}
  for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = part.indexOf('=')
    properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1))
  }
  return { name: m[1], properties, message: unescapeData(m[3]), line }
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export function commands(run: ActionRun, name?: string): Command[] {
  return run.commands
    .map(parseCommand)
    .filter((c): c is Command => c !== null && (name === undefined || c.name === name))
}

/** Annotations (error, warning, notice) on files or the run. */
export function annotations(run: ActionRun, level: 'error' | 'warning' | 'notice'): Command[] {
  return commands(run, level)
}

/** Everything the Action logged except debug lines. */
export function visibleLog(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n')
}

export interface ReportChange {
  path: string
  change: 'added' | 'removed' | 'modified' | 'renamed'
  previousPath: string | null
  base: ReportModel | null
  head: ReportModel | null
}

export interface ReportModel {
  path: string
  status: string
  findings: { code: string; severity: string; line: number }[]
  memory: { kvBytesPerToken: number | null; at: Record<string, { total: number | null }> } | null
}

export interface Report {
  schemaVersion: number
  kind: 'diff' | 'scan'
  options: { kvDtype: string; primaryContext: number; contexts: number[] }
  changes?: ReportChange[]
  models?: ReportModel[]
  head?: { sha: string }
  gate: { failed: boolean; failures: { path: string; reason: string }[] }
}

export function readReport(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report
}

/** A report's list in path order (the order itself is not part of the contract). */
export function byPath<T extends { path: string }>(items: readonly T[] | undefined): T[] {
  return [...(items ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

let validator: ValidateFunction | undefined

/** The report file against schema/report.schema.json (draft 2020-12). */
export function schemaErrors(data: unknown): unknown {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false })
    formatsModule.default(ajv)
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')
    ) as object
    validator = ajv.compile(schema)
  }
  return validator(data) ? null : validator.errors
}

/** The bot's sticky comments on a PR (not humans' ones). */
export function botComments(fake: FakeGitHub, n: number) {
  return fake.comments(n).filter((c) => c.user?.login === 'github-actions[bot]')
}

export function markerOf(headSha: string, key = 'default'): string {
  return `<!-- cachespec:comment key=${key} head=${headSha} -->`
}

/** Table rows (lines starting with "|") whose first cell mentions `path`. */
export function rowsFor(markdown: string, path: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('| ') && l.split(' | ')[0].includes(path))
}

/** repo.mirror with one `git cat-file --batch` per commit, for PRs with thousands of files. */
export function bulkMirror(repo: TestRepo, fake: FakeGitHub): void {
  const git = (args: string[], input?: string): Buffer =>
    execFileSync('git', args, {
      cwd: repo.dir,
      input,
      maxBuffer: 1 << 30,
      env: {
        PATH: process.env.PATH,
        HOME: tmpdir(),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null'
      }
    })
  const shas = git(['rev-list', '--all', '--reverse']).toString('utf8').split('\n').filter(Boolean)
  for (const sha of shas) {
    const parents = git(['rev-list', '--parents', '-n', '1', sha])
      .toString('utf8')
      .trim()
      .split(' ')
      .slice(1)
    const entries = git(['ls-tree', '-r', '-z', sha])
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const tab = record.indexOf('\t')
        const [mode, , blob] = record.slice(0, tab).split(' ')
        return { path: record.slice(tab + 1), mode, blob }
      })
    const out =
      entries.length > 0
        ? git(['cat-file', '--batch'], entries.map((e) => e.blob).join('\n') + '\n')
        : Buffer.alloc(0)
    const blobs = new Map<string, Buffer>()
    let pos = 0
    for (const e of entries) {
      const eol = out.indexOf(0x0a, pos)
      const size = Number(out.subarray(pos, eol).toString('utf8').split(' ')[2])
      pos = eol + 1
      blobs.set(e.blob, out.subarray(pos, pos + size))
      pos += size + 1
    }
    const files = new Map<string, FakeFile>()
    for (const e of entries) {
      files.set(e.path, {
        content: blobs.get(e.blob) ?? Buffer.alloc(0),
        mode: e.mode === '120000' ? '120000' : '100644'
      })
    }
    fake.addCommit({ sha, parents, files })
  }
}

/**
 * One fake GitHub per test file, started before its tests, checked for contract violations after
 * each, and closed (with the file's scratch space) at the end.
 */
export function useFakeGitHub(started: (fake: FakeGitHub) => void, scratch: Scratch): void {
  let fake: FakeGitHub | undefined
  beforeAll(async () => {
    fake = await FakeGitHub.start({
      owner: IDENTITY.owner,
      repo: IDENTITY.repo,
      repoId: IDENTITY.id
    })
    started(fake)
  })
  afterEach(() => {
    expect(fake?.violations).toEqual([])
  })
  afterAll(async () => {
    await fake?.close()
    scratch.cleanup()
  })
}
