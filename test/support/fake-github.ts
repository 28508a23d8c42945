import {
  STATUS_CODES,
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { posix } from 'node:path'
import {
  buildTrees,
  commitsBetween,
  diffFiles,
  mergeBase,
  storeFiles,
  type CommitTrees,
  type RawDiff,
  type StoredFile,
  type TreeItem,
  type TreeObject
} from './fake-github/git.js'
import { runGraphql, type GraphqlEnv } from './fake-github/graphql.js'
import {
  blobJson,
  commentJson,
  commitJson,
  contentDirEntryJson,
  contentFileJson,
  contentSymlinkJson,
  diffEntryJson,
  errorBody,
  iso,
  nodeId,
  reactionJson,
  repositoryJson,
  stableId,
  treeJson,
  userJson,
  type CommentState,
  type Json,
  type ReactionState,
  type RepoCtx,
  type RepoInfo
} from './fake-github/objects.js'
import { openApi, type RouteMatch } from './fake-github/openapi.js'
import type {
  DiffEntryLike,
  Fault,
  FakeCommit,
  FakeGitHubOptions,
  FakePull,
  FakeUser,
  IssueCommentLike,
  RecordedCall
} from './fake-github/types.js'

export type * from './fake-github/types.js'

/** GitHub's limits that the fake enforces. */
export const LIMITS = {
  commentBody: 65_536,
  listFilesTotal: 3_000,
  compareFiles: 300,
  compareCommits: 250,
  commitFiles: 300,
  contentsBytes: 1024 * 1024,
  blobBytes: 100 * 1024 * 1024,
  perPageMax: 100
} as const

const GITHUB_ACTIONS_BOT_ID = 41_898_282
const GRAPHQL_ROUTE = 'POST /graphql'
// Both templates match the same URLs and the router picks {basehead}; see openapi.ts.
const ROUTE_ALIASES: Record<string, string | undefined> = {
  'GET /repos/{owner}/{repo}/compare/{base}...{head}':
    'GET /repos/{owner}/{repo}/compare/{basehead}'
}
const TOO_LARGE_MESSAGE =
  'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.'

interface Reply {
  status: number
  body?: unknown
  raw?: Buffer
  contentType?: string
  headers?: Record<string, string>
  note?: string
}

interface Ctx {
  match: RouteMatch
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  user: FakeUser | null
  accept: string
  path: string
}

interface Snapshot {
  commit: FakeCommit
  index: number
  files: Map<string, StoredFile>
  trees: CommitTrees
}

type Handler = (ctx: Ctx) => Reply

function notFound(): Reply {
  return { status: 404, body: errorBody(404, 'Not Found') }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function codePoints(text: string): number {
  return Array.from(text).length
}

export class FakeGitHub {
  readonly url: string
  readonly graphqlUrl: string
  readonly calls: RecordedCall[] = []
  readonly violations: string[] = []

  private readonly owner: string
  private readonly repo: string
  private readonly repoId: number
  private readonly bot: FakeUser
  private readonly maxRequests: number
  private readonly ownerUser: FakeUser
  private readonly defaultBranch = 'main'
  private readonly startedAt = Date.now()
  private requestCount = 0

  private readonly snapshots = new Map<string, Snapshot>()
  private readonly commitGraph = new Map<string, FakeCommit>()
  private readonly blobs = new Map<string, Buffer>()
  private readonly treeIndex = new Map<string, { tree: TreeObject; prefix: string }>()
  private readonly truncatedTrees = new Set<string>()
  private readonly refs = new Map<string, string>()
  private readonly pulls = new Map<number, FakePull>()
  private readonly issues = new Set<number>()
  private readonly commentList: CommentState[] = []
  private readonly reactionsByComment = new Map<number, ReactionState[]>()
  private readonly diffCache = new Map<string, RawDiff[]>()
  private readonly faults = new Map<string, Fault[]>()
  private readonly sockets = new Set<Socket>()
  private nextCommentId = 2_200_000_001
  private nextReactionId = 310_000_001
  private lastCreated = 0

  private constructor(
    private readonly server: Server,
    url: string,
    options: FakeGitHubOptions
  ) {
    this.url = url
    this.graphqlUrl = `${url}/graphql`
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'models'
    this.repoId = options.repoId ?? 700_000_001
    this.maxRequests = options.maxRequests ?? 5000
    this.bot = {
      login: options.botLogin ?? 'github-actions[bot]',
      id: GITHUB_ACTIONS_BOT_ID,
      type: 'Bot'
    }
    this.ownerUser = { login: this.owner, id: stableId(this.owner), type: 'User' }
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      void this.onRequest(req, res)
    })
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    openApi()
    const server = createServer({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    return new FakeGitHub(server, `http://127.0.0.1:${port}`, options)
  }

  addCommit(commit: FakeCommit): void {
    this.diffCache.clear()
    const files = storeFiles(commit.files)
    const trees = buildTrees(files)
    for (const file of files.values()) this.blobs.set(file.sha, file.data)
    for (const [prefix, tree] of trees.byPath) this.treeIndex.set(tree.sha, { tree, prefix })
    const stored: FakeCommit = { ...commit, parents: [...commit.parents] }
    this.snapshots.set(commit.sha, { commit: stored, index: this.snapshots.size, files, trees })
    this.commitGraph.set(commit.sha, stored)
  }

  addPull(pull: FakePull): void {
    this.pulls.set(pull.number, { ...pull })
    this.issues.add(pull.number)
    this.refs.set(pull.baseRef, pull.baseSha)
    this.setHeadRef(pull)
  }

  /** A plain issue (no pull request) that comments can be posted on. */
  addIssue(issueNumber: number): void {
    this.issues.add(issueNumber)
  }

  setRef(name: string, sha: string): void {
    this.refs.set(name, sha)
  }

  setPullHead(pullNumber: number, headSha: string): void {
    const pull = this.pulls.get(pullNumber)
    if (!pull) throw new Error(`no pull #${pullNumber}`)
    pull.headSha = headSha
    this.setHeadRef(pull)
  }

  /** `truncated: true` makes the tree listing report truncation and return only half the entries. */
  setTreeTruncated(sha: string, truncated: boolean): void {
    if (truncated) this.truncatedTrees.add(sha)
    else this.truncatedTrees.delete(sha)
  }

  comments(issueNumber: number): IssueCommentLike[] {
    return this.commentList
      .filter((c) => c.issueNumber === issueNumber)
      .map((c) => this.commentObject(c))
  }

  addComment(issueNumber: number, body: string, user: FakeUser): IssueCommentLike {
    this.issues.add(issueNumber)
    return this.commentObject(this.storeComment(issueNumber, body, user))
  }

  reactions(commentId: number): { content: string; user: string }[] {
    return (this.reactionsByComment.get(commentId) ?? []).map((r) => ({
      content: r.content,
      user: r.user.login
    }))
  }

  fault(route: string, faults: Fault[]): void {
    const [method, ...rest] = route.trim().split(' ')
    const given = `${method.toUpperCase()} ${rest.join(' ')}`
    const key = ROUTE_ALIASES[given] ?? given
    if (key !== GRAPHQL_ROUTE && !openApi().hasRoute(key)) {
      throw new Error(`fault(): '${route}' is not an operation in GitHub's OpenAPI description`)
    }
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...faults])
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private get ctx(): RepoCtx {
    return { base: this.url, owner: this.owner, repo: this.repo }
  }

  private setHeadRef(pull: FakePull): void {
    const headOwner = pull.headRepoFullName.split('/')[0]
    this.refs.set(`${headOwner}:${pull.headRef}`, pull.headSha)
    if (pull.headRepoId === this.repoId) this.refs.set(pull.headRef, pull.headSha)
  }

  private storeComment(issueNumber: number, body: string, user: FakeUser): CommentState {
    // strictly increasing timestamps keep "oldest first" well defined at one-second resolution
    const now = Math.max(Date.now(), this.lastCreated + 1000)
    this.lastCreated = now
    const comment: CommentState = {
      id: this.nextCommentId++,
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
      isPull: this.pulls.has(issueNumber)
    }
    this.commentList.push(comment)
    return comment
  }

  private association(user: FakeUser): string {
    if (user.login.toLowerCase() === this.owner.toLowerCase()) return 'OWNER'
    return user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
  }

  private commentObject(comment: CommentState): IssueCommentLike {
    const reactions = (this.reactionsByComment.get(comment.id) ?? []).map((r) => r.content)
    return commentJson(this.ctx, comment, reactions, this.association(comment.user))
  }

  private resolveRev(rev: string): string | null {
    if (this.snapshots.has(rev)) return rev
    const name = rev.replace(/^refs\/heads\//, '')
    const ownPrefix = `${this.owner.toLowerCase()}:`
    const ref =
      this.refs.get(name) ??
      (name.toLowerCase().startsWith(ownPrefix)
        ? this.refs.get(name.slice(ownPrefix.length))
        : undefined)
    if (ref) return ref
    if (name === 'HEAD' || name === this.defaultBranch) return this.defaultSha()
    if (/^[0-9a-f]{4,39}$/i.test(rev)) {
      const hits = [...this.snapshots.keys()].filter((sha) => sha.startsWith(rev.toLowerCase()))
      if (hits.length === 1) return hits[0]
    }
    return null
  }

  private defaultSha(): string | null {
    const ref = this.refs.get(this.defaultBranch)
    if (ref) return ref
    const all = [...this.snapshots.keys()]
    return all.length > 0 ? all[all.length - 1] : null
  }

  private filesOf(sha: string): Map<string, StoredFile> {
    return this.snapshots.get(sha)?.files ?? new Map<string, StoredFile>()
  }

  private treesOf(sha: string): CommitTrees {
    return this.snapshots.get(sha)?.trees ?? buildTrees(new Map())
  }

  private diff(baseSha: string, headSha: string): RawDiff[] {
    const key = `${baseSha}..${headSha}`
    let result = this.diffCache.get(key)
    if (!result) {
      result = diffFiles(this.filesOf(baseSha), this.filesOf(headSha))
      this.diffCache.set(key, result)
    }
    return result
  }

  /** What GitHub's PR "files changed" shows: merge base of base and head, to head. */
  private pullDiff(pull: FakePull): (RawDiff | DiffEntryLike)[] {
    if (pull.listFilesOverride) return pull.listFilesOverride
    const from = mergeBase(this.commitGraph, pull.baseSha, pull.headSha) ?? pull.baseSha
    return this.diff(from, pull.headSha)
  }

  private userFor(login: string): FakeUser {
    if (login.toLowerCase() === this.owner.toLowerCase()) return this.ownerUser
    return { login, id: stableId(login), type: 'User' }
  }

  private repoInfo(fullName: string, id: number): RepoInfo {
    return {
      fullName,
      id,
      owner: this.userFor(fullName.split('/')[0]),
      defaultBranch: this.defaultBranch,
      fork: id !== this.repoId
    }
  }

  private commitInfo(sha: string) {
    const snap = this.snapshots.get(sha)
    return {
      sha,
      parents: snap?.commit.parents ?? [],
      message: snap?.commit.message ?? `commit ${sha.slice(0, 7)}`,
      treeSha: snap?.trees.root.sha ?? '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      date: Date.UTC(2024, 0, 1) + (snap?.index ?? 0) * 60_000,
      author: this.ownerUser
    }
  }

  private pullObject(pull: FakePull, simple: boolean): Json {
    const api = `${this.url}/repos/${this.owner}/${this.repo}`
    const html = `${this.url}/${this.owner}/${this.repo}`
    const headOwner = pull.headRepoFullName.split('/')[0]
    const author = this.userFor(headOwner)
    const entries = this.pullDiff(pull)
    const state = pull.state ?? 'open'
    const created = iso(this.startedAt - 86_400_000)
    const link = (href: string) => ({ href })
    const base: Json = {
      url: `${api}/pulls/${pull.number}`,
      id: 900_000_000 + pull.number,
      node_id: nodeId('PullRequest', 900_000_000 + pull.number),
      html_url: `${html}/pull/${pull.number}`,
      diff_url: `${html}/pull/${pull.number}.diff`,
      patch_url: `${html}/pull/${pull.number}.patch`,
      issue_url: `${api}/issues/${pull.number}`,
      commits_url: `${api}/pulls/${pull.number}/commits`,
      review_comments_url: `${api}/pulls/${pull.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pull.number}/comments`,
      statuses_url: `${api}/statuses/${pull.headSha}`,
      number: pull.number,
      state,
      locked: false,
      title: `Pull request #${pull.number}`,
      user: userJson(this.url, author),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: created,
      updated_at: created,
      closed_at: state === 'closed' ? created : null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headOwner}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        user: userJson(this.url, author),
        repo: repositoryJson(this.url, this.repoInfo(pull.headRepoFullName, pull.headRepoId))
      },
      base: {
        label: `${this.owner}:${pull.baseRef}`,
        ref: pull.baseRef,
        sha: pull.baseSha,
        user: userJson(this.url, this.ownerUser),
        repo: repositoryJson(this.url, this.repoInfo(`${this.owner}/${this.repo}`, this.repoId))
      },
      _links: {
        self: link(`${api}/pulls/${pull.number}`),
        html: link(`${html}/pull/${pull.number}`),
        issue: link(`${api}/issues/${pull.number}`),
        comments: link(`${api}/issues/${pull.number}/comments`),
        review_comments: link(`${api}/pulls/${pull.number}/comments`),
        review_comment: link(`${api}/pulls/comments{/number}`),
        commits: link(`${api}/pulls/${pull.number}/commits`),
        statuses: link(`${api}/statuses/${pull.headSha}`)
      },
      author_association: headOwner === this.owner ? 'OWNER' : 'CONTRIBUTOR',
      auto_merge: null,
      draft: false
    }
    if (simple) return base
    const from = mergeBase(this.commitGraph, pull.baseSha, pull.headSha)
    const commits = from ? commitsBetween(this.commitGraph, from, pull.headSha).length : 1
    return {
      ...base,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: this.commentList.filter((c) => c.issueNumber === pull.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: Math.max(commits, 1),
      additions: entries.reduce((sum, e) => sum + e.additions, 0),
      deletions: entries.reduce((sum, e) => sum + e.deletions, 0),
      changed_files: pull.changedFiles ?? entries.length
    }
  }

  private paginate<T>(items: T[], ctx: Ctx): { page: T[]; headers: Record<string, string> } {
    const requested = Number.parseInt(ctx.query.per_page ?? '30', 10)
    const perPage = Number.isNaN(requested)
      ? 30
      : Math.min(LIMITS.perPageMax, Math.max(1, requested))
    const page = Math.max(1, Number.parseInt(ctx.query.page ?? '1', 10) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    if (last === 1) return { page: slice, headers: {} }
    const href = (n: number): string => {
      const url = new URL(ctx.path, this.url)
      for (const [k, v] of Object.entries(ctx.query)) url.searchParams.set(k, v)
      url.searchParams.set('page', String(n))
      return `<${url.href}>`
    }
    const links: string[] = []
    if (page > 1) links.push(`${href(page - 1)}; rel="prev"`)
    if (page < last) links.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
    if (page > 1) links.push(`${href(1)}; rel="first"`)
    return { page: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} }
  }

  private commentTooLong(body: unknown): Reply | null {
    if (typeof body !== 'string' || codePoints(body) <= LIMITS.commentBody) return null
    return {
      status: 422,
      body: errorBody(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${LIMITS.commentBody} characters)`
          }
        ]
      })
    }
  }

  private readonly handlers: Record<string, Handler> = {
    'repos/get': () => ({
      status: 200,
      body: repositoryJson(this.url, this.repoInfo(`${this.owner}/${this.repo}`, this.repoId), true)
    }),

    'pulls/get': (ctx) => {
      const pull = this.pulls.get(Number(ctx.params.pull_number))
      return pull ? { status: 200, body: this.pullObject(pull, false) } : notFound()
    },

    'pulls/list': (ctx) => {
      const state = ctx.query.state ?? 'open'
      const list = [...this.pulls.values()]
        .filter((p) => state === 'all' || (p.state ?? 'open') === state)
        .filter((p) => {
          if (ctx.query.head === undefined) return true
          const label = `${p.headRepoFullName.split('/')[0]}:${p.headRef}`
          return label.toLowerCase() === ctx.query.head.toLowerCase()
        })
        .filter((p) => ctx.query.base === undefined || p.baseRef === ctx.query.base)
        .sort((a, b) => (ctx.query.direction === 'asc' ? a.number - b.number : b.number - a.number))
      const { page, headers } = this.paginate(list, ctx)
      return { status: 200, body: page.map((p) => this.pullObject(p, true)), headers }
    },

    'pulls/list-files': (ctx) => {
      const pull = this.pulls.get(Number(ctx.params.pull_number))
      if (!pull) return notFound()
      const entries = this.pullDiff(pull).slice(0, LIMITS.listFilesTotal)
      const { page, headers } = this.paginate(entries, ctx)
      return {
        status: 200,
        body: page.map((e) => diffEntryJson(this.ctx, pull.headSha, e)),
        headers
      }
    },

    'repos/compare-commits-with-basehead': (ctx) => {
      const parts = ctx.params.basehead.split('...')
      return parts.length === 2 ? this.compare(ctx, parts[0], parts[1]) : notFound()
    },

    'repos/get-content': (ctx) => this.getContent(ctx),

    'git/get-tree': (ctx) => {
      const requested = ctx.params.tree_sha
      const commitSha = this.resolveRev(requested)
      const found = commitSha
        ? { tree: this.treesOf(commitSha).root, prefix: '' }
        : this.treeIndex.get(requested)
      if (!found) return notFound()
      const recursive = ctx.query.recursive !== undefined
      let items = recursive ? found.tree.all : found.tree.entries
      if (found.prefix) {
        items = items.map((i) => ({ ...i, path: i.path.slice(found.prefix.length + 1) }))
      }
      const truncated =
        this.truncatedTrees.has(requested) || this.truncatedTrees.has(found.tree.sha)
      if (truncated) items = items.slice(0, Math.ceil(items.length / 2))
      return { status: 200, body: treeJson(this.ctx, found.tree.sha, items, truncated) }
    },

    'git/get-blob': (ctx) => {
      const data = this.blobs.get(ctx.params.file_sha)
      if (!data) return notFound()
      if (data.length > LIMITS.blobBytes) {
        return {
          status: 403,
          body: errorBody(403, 'This API returns blobs up to 100 MB in size.', {
            errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
          })
        }
      }
      return { status: 200, body: blobJson(this.ctx, ctx.params.file_sha, data) }
    },

    'issues/list-comments': (ctx) => {
      const issueNumber = Number(ctx.params.issue_number)
      if (!this.issues.has(issueNumber)) return notFound()
      const since = ctx.query.since ? Date.parse(ctx.query.since) : Number.NEGATIVE_INFINITY
      const list = this.commentList.filter(
        (c) => c.issueNumber === issueNumber && c.updatedAt >= since
      )
      const { page, headers } = this.paginate(list, ctx)
      return { status: 200, body: page.map((c) => this.commentObject(c)), headers }
    },

    'issues/create-comment': (ctx) => {
      const issueNumber = Number(ctx.params.issue_number)
      if (!this.issues.has(issueNumber)) return notFound()
      const { body } = ctx.body as { body: string }
      const tooLong = this.commentTooLong(body)
      if (tooLong) return tooLong
      const comment = this.commentObject(this.storeComment(issueNumber, body, ctx.user ?? this.bot))
      return { status: 201, body: comment, headers: { location: comment.url } }
    },

    'issues/get-comment': (ctx) => {
      const comment = this.findComment(ctx.params.comment_id)
      return comment ? { status: 200, body: this.commentObject(comment) } : notFound()
    },

    'issues/update-comment': (ctx) => {
      const comment = this.findComment(ctx.params.comment_id)
      if (!comment) return notFound()
      const { body } = ctx.body as { body: string }
      const tooLong = this.commentTooLong(body)
      if (tooLong) return tooLong
      const editor = ctx.user ?? this.bot
      comment.body = body
      comment.updatedAt = Math.max(Date.now(), comment.updatedAt + 1000)
      const note =
        editor.login === comment.user.login
          ? undefined
          : `${editor.login} edited comment ${comment.id} by ${comment.user.login}`
      return { status: 200, body: this.commentObject(comment), note }
    },

    'issues/delete-comment': (ctx) => {
      const comment = this.findComment(ctx.params.comment_id)
      if (!comment) return notFound()
      this.commentList.splice(this.commentList.indexOf(comment), 1)
      this.reactionsByComment.delete(comment.id)
      const deleter = ctx.user ?? this.bot
      const note =
        deleter.login === comment.user.login
          ? undefined
          : `${deleter.login} deleted comment ${comment.id} by ${comment.user.login}`
      return { status: 204, note }
    },

    'reactions/create-for-issue-comment': (ctx) => {
      const comment = this.findComment(ctx.params.comment_id)
      if (!comment) return notFound()
      const { content } = ctx.body as { content: string }
      const user = ctx.user ?? this.bot
      const list = this.reactionsByComment.get(comment.id) ?? []
      const existing = list.find((r) => r.content === content && r.user.login === user.login)
      if (existing) return { status: 200, body: reactionJson(this.url, existing) }
      const reaction: ReactionState = {
        id: this.nextReactionId++,
        content,
        user,
        createdAt: Date.now()
      }
      list.push(reaction)
      this.reactionsByComment.set(comment.id, list)
      return { status: 201, body: reactionJson(this.url, reaction) }
    },

    'reactions/list-for-issue-comment': (ctx) => {
      const comment = this.findComment(ctx.params.comment_id)
      if (!comment) return notFound()
      const list = (this.reactionsByComment.get(comment.id) ?? []).filter(
        (r) => ctx.query.content === undefined || r.content === ctx.query.content
      )
      const { page, headers } = this.paginate(list, ctx)
      return { status: 200, body: page.map((r) => reactionJson(this.url, r)), headers }
    },

    'repos/get-commit': (ctx) => {
      const sha = this.resolveRev(ctx.params.ref)
      if (!sha || !this.snapshots.has(sha)) {
        return {
          status: 422,
          body: errorBody(422, `No commit found for SHA: ${ctx.params.ref}`)
        }
      }
      const info = this.commitInfo(sha)
      const parent = info.parents[0]
      const files = parent ? this.diff(parent, sha) : this.diff('', sha)
      const additions = files.reduce((s, f) => s + f.additions, 0)
      const deletions = files.reduce((s, f) => s + f.deletions, 0)
      return {
        status: 200,
        body: {
          ...commitJson(this.ctx, info),
          stats: { additions, deletions, total: additions + deletions },
          files: files.slice(0, LIMITS.commitFiles).map((f) => diffEntryJson(this.ctx, sha, f))
        }
      }
    }
  }

  private compare(ctx: Ctx, baseRev: string, headRev: string): Reply {
    const baseSha = this.resolveRev(baseRev)
    const headSha = this.resolveRev(headRev)
    if (!baseSha || !headSha) return notFound()
    const mb = mergeBase(this.commitGraph, baseSha, headSha)
    if (!mb) {
      return {
        status: 404,
        body: errorBody(404, `No common ancestor between ${baseRev} and ${headRev}.`)
      }
    }
    const ahead = commitsBetween(this.commitGraph, baseSha, headSha)
    const behind = commitsBetween(this.commitGraph, headSha, baseSha)
    const status =
      baseSha === headSha
        ? 'identical'
        : ahead.length > 0 && behind.length === 0
          ? 'ahead'
          : ahead.length === 0
            ? 'behind'
            : 'diverged'
    const paged = ctx.query.page !== undefined || ctx.query.per_page !== undefined
    const commits = paged
      ? this.paginate(ahead, ctx)
      : { page: ahead.slice(-LIMITS.compareCommits), headers: {} }
    const html = `${this.url}/${this.owner}/${this.repo}`
    const basehead = `${baseRev}...${headRev}`
    return {
      status: 200,
      headers: commits.headers,
      body: {
        url: `${this.url}/repos/${this.owner}/${this.repo}/compare/${basehead}`,
        html_url: `${html}/compare/${basehead}`,
        permalink_url: `${html}/compare/${this.owner}:${baseSha}...${this.owner}:${headSha}`,
        diff_url: `${html}/compare/${basehead}.diff`,
        patch_url: `${html}/compare/${basehead}.patch`,
        base_commit: commitJson(this.ctx, this.commitInfo(baseSha)),
        merge_base_commit: commitJson(this.ctx, this.commitInfo(mb)),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: commits.page.map((sha) => commitJson(this.ctx, this.commitInfo(sha))),
        files: this.diff(mb, headSha)
          .slice(0, LIMITS.compareFiles)
          .map((e) => diffEntryJson(this.ctx, headSha, e))
      }
    }
  }

  private findComment(id: string): CommentState | undefined {
    return this.commentList.find((c) => c.id === Number(id))
  }

  private getContent(ctx: Ctx): Reply {
    const ref = ctx.query.ref ?? this.defaultBranch
    const sha = this.resolveRev(ref)
    if (!sha) return { status: 404, body: errorBody(404, `No commit found for the ref ${ref}`) }
    const files = this.filesOf(sha)
    const path = ctx.params.path.replace(/^\/+|\/+$/g, '')
    const found = files.get(path)
    if (!found) {
      const dir = this.treesOf(sha).byPath.get(path)
      if (!dir || path === '') return notFound()
      return {
        status: 200,
        body: dir.entries.map((item: TreeItem) => contentDirEntryJson(this.ctx, item, ref))
      }
    }
    // A symlink to a file inside the repository answers with that file; anything else
    // (outside the repo, missing, a directory, a loop) answers with the link itself.
    let file: StoredFile = found
    for (let hops = 0; file.mode === '120000' && hops < 40; hops++) {
      const target: string = file.data.toString('utf8')
      const resolved = posix.normalize(posix.join(posix.dirname(file.path), target))
      const next: StoredFile | undefined =
        target.startsWith('/') || resolved === '..' || resolved.startsWith('../')
          ? undefined
          : files.get(resolved)
      if (!next) break
      file = next
    }
    if (file.mode === '120000') {
      return { status: 200, body: contentSymlinkJson(this.ctx, file, ref) }
    }
    const size = file.data.length
    if (/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      if (size > LIMITS.blobBytes) return this.tooLarge()
      return { status: 200, raw: file.data, contentType: 'text/plain; charset=utf-8' }
    }
    if (size > LIMITS.contentsBytes) {
      if (size <= LIMITS.blobBytes && /vnd\.github(\.v3)?\.object/.test(ctx.accept)) {
        return {
          status: 200,
          body: { ...contentFileJson(this.ctx, file, ref), content: '', encoding: 'none' }
        }
      }
      return this.tooLarge()
    }
    return { status: 200, body: contentFileJson(this.ctx, file, ref) }
  }

  private tooLarge(): Reply {
    return {
      status: 403,
      body: {
        message: TOO_LARGE_MESSAGE,
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
        status: '403'
      }
    }
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const chunks: Buffer[] = []
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer)
    } catch {
      return
    }
    const url = new URL(req.url ?? '/', this.url)
    const authorization = req.headers.authorization
    const call: RecordedCall = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: safeDecode(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      operationId: null,
      at,
      route: null,
      ...(authorization === undefined ? {} : { authorization })
    }
    this.calls.push(call)
    this.requestCount++
    try {
      const reply = this.handle(req, call, url.pathname, Buffer.concat(chunks))
      if (reply === 'hang') return
      call.status = reply.status
      if (reply.note) call.note = reply.note
      this.send(res, reply)
    } catch (error) {
      this.violations.push(
        `fake-github crashed on ${call.method} ${call.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
      )
      call.status = 500
      this.send(res, { status: 500, body: errorBody(500, 'fake-github internal error') })
    }
  }

  private handle(
    req: IncomingMessage,
    call: RecordedCall,
    rawPath: string,
    raw: Buffer
  ): Reply | 'hang' {
    const where = `${call.method} ${call.path}`
    if (this.requestCount > this.maxRequests) {
      this.violations.push(`more than ${this.maxRequests} requests (runaway loop?): ${where}`)
      return { status: 500, body: errorBody(500, 'fake-github: maxRequests exceeded') }
    }
    let body: unknown
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8')) as unknown
      } catch {
        call.body = raw.toString('utf8')
        this.violations.push(`${where}: request body is not JSON`)
        return { status: 400, body: errorBody(400, 'Problems parsing JSON') }
      }
    }
    call.body = body
    const user = call.authorization ? this.bot : null

    if (rawPath === '/graphql' && call.method === 'POST') {
      call.route = GRAPHQL_ROUTE
      call.operationId = 'graphql'
      return this.withFault(GRAPHQL_ROUTE, () => {
        if (!user) {
          return {
            status: 401,
            body: {
              message: 'This endpoint requires you to be authenticated.',
              documentation_url:
                'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'
            }
          }
        }
        const outcome = runGraphql(body, this.graphqlEnv())
        this.violations.push(...outcome.violations.map((v) => `${GRAPHQL_ROUTE}: ${v}`))
        return { status: outcome.status, body: outcome.body }
      })
    }

    const { match, pathKnown } = openApi().match(call.method, rawPath)
    if (!match) {
      this.violations.push(
        pathKnown
          ? `${where}: GitHub has no ${call.method} operation on this path`
          : `${where}: unknown route (not in GitHub's OpenAPI description)`
      )
      return notFound()
    }
    call.route = match.route
    call.operationId = match.operationId
    const check = openApi().checkRequest(match, call.query, body, raw.length > 0)
    const label = `${match.route} (${where})`
    this.violations.push(
      ...[...check.pathErrors, ...check.queryErrors, ...check.bodyErrors].map(
        (e) => `${label}: ${e}`
      )
    )
    if (check.pathErrors.length > 0) return notFound()
    if (check.bodyErrors.length > 0) {
      return {
        status: 422,
        body: errorBody(422, `Invalid request.\n\n${check.bodyErrors.join('\n')}`)
      }
    }
    const handler = this.handlers[match.operationId]
    if (!handler) {
      this.violations.push(
        `${label}: operation ${match.operationId} is not implemented by the fake`
      )
      return notFound()
    }
    const params = match.pathParams
    if (
      (params.owner !== undefined && params.owner.toLowerCase() !== this.owner.toLowerCase()) ||
      (params.repo !== undefined && params.repo.toLowerCase() !== this.repo.toLowerCase())
    ) {
      return notFound()
    }
    return this.withFault(match.route, () => {
      if (!user && call.method !== 'GET') {
        return { status: 401, body: errorBody(401, 'Requires authentication') }
      }
      const reply = handler({
        match,
        params,
        query: call.query,
        body,
        user,
        accept: req.headers.accept ?? '',
        path: rawPath
      })
      const contentType =
        reply.raw !== undefined ? (reply.contentType ?? '') : 'application/json; charset=utf-8'
      const errors = openApi().checkResponse(
        match,
        reply.status,
        contentType,
        reply.raw !== undefined ? undefined : reply.body
      )
      this.violations.push(...errors.map((e) => `${label}: fake sent an invalid ${e}`))
      return reply
    })
  }

  private withFault(route: string, normal: () => Reply): Reply | 'hang' {
    const queue = this.faults.get(route)
    const fault = queue?.shift()
    if (queue && queue.length === 0) this.faults.delete(route)
    if (!fault) return normal()
    if (fault.hang) return 'hang'
    const applied = fault.applyThenFail ? normal() : undefined
    const note = applied ? `applied (${applied.status}) then failed` : 'fault'
    if (typeof fault.body === 'string') {
      return {
        status: fault.status,
        raw: Buffer.from(fault.body, 'utf8'),
        contentType: fault.body.trimStart().startsWith('<')
          ? 'text/html; charset=utf-8'
          : 'text/plain; charset=utf-8',
        headers: fault.headers,
        note
      }
    }
    return {
      status: fault.status,
      body: fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error'),
      headers: fault.headers,
      note
    }
  }

  private graphqlEnv(): GraphqlEnv {
    return {
      owner: this.owner,
      repo: this.repo,
      repoId: this.repoId,
      base: this.url,
      viewerLogin: this.bot.login,
      rateRemaining: Math.max(0, 5000 - this.requestCount),
      resolveRev: (rev) => this.resolveRev(rev),
      files: (sha) => this.filesOf(sha),
      trees: (sha) => this.treesOf(sha),
      commitMessage: (sha) => this.commitInfo(sha).message
    }
  }

  private send(res: ServerResponse, reply: Reply): void {
    const remaining = Math.max(0, 5000 - this.requestCount)
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requestCount}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-reset': String(Math.floor(this.startedAt / 1000) + 3600),
      'x-ratelimit-resource': 'core'
    }
    let payload: Buffer | undefined
    if (reply.raw !== undefined) {
      payload = reply.raw
      headers['content-type'] = reply.contentType ?? 'application/octet-stream'
    } else if (reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body), 'utf8')
      headers['content-type'] = 'application/json; charset=utf-8'
    }
    headers['content-length'] = String(payload?.length ?? 0)
    Object.assign(headers, reply.headers)
    res.writeHead(reply.status, headers)
    res.end(payload)
  }
}
