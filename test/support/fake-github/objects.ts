import type { RawDiff, StoredFile, TreeItem } from './git.js'
import type {
  DiffEntryLike,
  FakeUser,
  IssueCommentLike,
  ReactionRollupLike,
  SimpleUserLike
} from './types.js'

export type Json = Record<string, unknown>

export const DOCS = 'https://docs.github.com/rest'

/** Everything a builder needs to make absolute URLs for one repository. */
export interface RepoCtx {
  base: string
  owner: string
  repo: string
}

export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64')
}

/** Stable positive id for logins the test did not give an id for. */
export function stableId(text: string): number {
  let hash = 7
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

export function base64Lines(data: Buffer): string {
  const text = data.toString('base64')
  return text === '' ? '' : `${text.match(/.{1,60}/g)?.join('\n') ?? ''}\n`
}

export function errorBody(status: number, message: string, extra: Json = {}): Json {
  return { message, documentation_url: DOCS, status: String(status), ...extra }
}

export function userJson(base: string, user: FakeUser): SimpleUserLike {
  const api = `${base}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `${base}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${base}/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false,
    user_view_type: 'public'
  }
}

export interface RepoInfo {
  fullName: string
  id: number
  owner: FakeUser
  defaultBranch: string
  fork: boolean
}

const CREATED = '2020-01-01T00:00:00Z'

/** The `repository` schema (used inside pulls); `full` adds what `full-repository` requires. */
export function repositoryJson(base: string, info: RepoInfo, full = false): Json {
  const [, name] = info.fullName.split('/')
  const api = `${base}/repos/${info.fullName}`
  const html = `${base}/${info.fullName}`
  const repo: Json = {
    id: info.id,
    node_id: nodeId('Repository', info.id),
    name,
    full_name: info.fullName,
    owner: userJson(base, info.owner),
    private: false,
    html_url: html,
    description: null,
    fork: info.fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://127.0.0.1/${info.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${info.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 128,
    default_branch: info.defaultBranch,
    open_issues_count: 1,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 1,
    watchers: 0
  }
  if (full) {
    repo.network_count = 0
    repo.subscribers_count = 0
    repo.permissions = { admin: false, maintain: false, push: true, triage: true, pull: true }
  }
  return repo
}

export function reactionRollup(url: string, contents: string[]): ReactionRollupLike {
  const count = (c: string): number => contents.filter((x) => x === c).length
  return {
    url,
    total_count: contents.length,
    '+1': count('+1'),
    '-1': count('-1'),
    laugh: count('laugh'),
    confused: count('confused'),
    heart: count('heart'),
    hooray: count('hooray'),
    eyes: count('eyes'),
    rocket: count('rocket')
  }
}

export interface CommentState {
  id: number
  issueNumber: number
  body: string
  user: FakeUser
  createdAt: number
  updatedAt: number
  isPull: boolean
}

export function commentJson(
  ctx: RepoCtx,
  comment: CommentState,
  reactions: string[],
  association: string
): IssueCommentLike {
  const api = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}`
  const url = `${api}/issues/comments/${comment.id}`
  const kind = comment.isPull ? 'pull' : 'issues'
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${ctx.base}/${ctx.owner}/${ctx.repo}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(ctx.base, comment.user),
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.updatedAt),
    author_association: association,
    performed_via_github_app: null,
    reactions: reactionRollup(`${url}/reactions`, reactions)
  }
}

export interface ReactionState {
  id: number
  content: string
  user: FakeUser
  createdAt: number
}

export function reactionJson(base: string, reaction: ReactionState): Json {
  return {
    id: reaction.id,
    node_id: nodeId('Reaction', reaction.id),
    user: userJson(base, reaction.user),
    content: reaction.content,
    created_at: iso(reaction.createdAt)
  }
}

export function diffEntryJson(ctx: RepoCtx, ref: string, entry: RawDiff | DiffEntryLike): Json {
  const path = encodePath(entry.filename)
  const out: Json = {
    sha: entry.sha,
    filename: entry.filename,
    status: entry.status,
    additions: entry.additions,
    deletions: entry.deletions,
    changes: 'changes' in entry ? entry.changes : entry.additions + entry.deletions,
    blob_url: `${ctx.base}/${ctx.owner}/${ctx.repo}/blob/${ref}/${path}`,
    raw_url: `${ctx.base}/${ctx.owner}/${ctx.repo}/raw/${ref}/${path}`,
    contents_url: `${ctx.base}/repos/${ctx.owner}/${ctx.repo}/contents/${path}?ref=${ref}`
  }
  const given = entry as DiffEntryLike
  for (const key of ['blob_url', 'raw_url', 'contents_url'] as const) {
    if (given[key] !== undefined) out[key] = given[key]
  }
  if (entry.patch !== undefined) out.patch = entry.patch
  if (entry.previous_filename !== undefined) out.previous_filename = entry.previous_filename
  return out
}

export interface CommitInfo {
  sha: string
  parents: string[]
  message: string
  treeSha: string
  date: number
  author: FakeUser
}

export function commitJson(ctx: RepoCtx, commit: CommitInfo): Json {
  const api = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}`
  const html = `${ctx.base}/${ctx.owner}/${ctx.repo}`
  const person = {
    name: commit.author.login,
    email: `${commit.author.id}+${commit.author.login}@users.noreply.github.com`,
    date: iso(commit.date)
  }
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    html_url: `${html}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        payload: null,
        signature: null,
        verified_at: null
      }
    },
    author: userJson(ctx.base, commit.author),
    committer: userJson(ctx.base, commit.author),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`
    }))
  }
}

function contentLinks(ctx: RepoCtx, path: string, ref: string, gitUrl: string, kind: string): Json {
  const self = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`
  const html = `${ctx.base}/${ctx.owner}/${ctx.repo}/${kind}/${encodeURIComponent(ref)}/${encodePath(path)}`
  return { url: self, git_url: gitUrl, html_url: html, _links: { self, git: gitUrl, html } }
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function contentFileJson(ctx: RepoCtx, file: StoredFile, ref: string): Json {
  const gitUrl = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}/git/blobs/${file.sha}`
  return {
    type: 'file',
    encoding: 'base64',
    size: file.data.length,
    name: basename(file.path),
    path: file.path,
    content: base64Lines(file.data),
    sha: file.sha,
    download_url: `${ctx.base}/raw/${ctx.owner}/${ctx.repo}/${encodeURIComponent(ref)}/${encodePath(file.path)}`,
    ...contentLinks(ctx, file.path, ref, gitUrl, 'blob')
  }
}

export function contentSymlinkJson(ctx: RepoCtx, file: StoredFile, ref: string): Json {
  const gitUrl = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}/git/blobs/${file.sha}`
  return {
    type: 'symlink',
    target: file.data.toString('utf8'),
    size: file.data.length,
    name: basename(file.path),
    path: file.path,
    sha: file.sha,
    download_url: `${ctx.base}/raw/${ctx.owner}/${ctx.repo}/${encodeURIComponent(ref)}/${encodePath(file.path)}`,
    ...contentLinks(ctx, file.path, ref, gitUrl, 'blob')
  }
}

export function contentDirEntryJson(ctx: RepoCtx, item: TreeItem, ref: string): Json {
  const api = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}`
  const isDir = item.type === 'tree'
  const type = isDir ? 'dir' : item.mode === '120000' ? 'symlink' : 'file'
  return {
    type,
    size: item.size ?? 0,
    name: item.name,
    path: item.path,
    sha: item.sha,
    download_url: isDir
      ? null
      : `${ctx.base}/raw/${ctx.owner}/${ctx.repo}/${encodeURIComponent(ref)}/${encodePath(item.path)}`,
    ...contentLinks(
      ctx,
      item.path,
      ref,
      `${api}/git/${isDir ? 'trees' : 'blobs'}/${item.sha}`,
      isDir ? 'tree' : 'blob'
    )
  }
}

export function treeJson(ctx: RepoCtx, sha: string, items: TreeItem[], truncated: boolean): Json {
  const api = `${ctx.base}/repos/${ctx.owner}/${ctx.repo}`
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: items.map((item) => ({
      path: item.path,
      mode: item.mode,
      type: item.type,
      sha: item.sha,
      ...(item.size === undefined ? {} : { size: item.size }),
      url: `${api}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`
    })),
    truncated
  }
}

export function blobJson(ctx: RepoCtx, sha: string, data: Buffer): Json {
  return {
    sha,
    node_id: nodeId('Blob', sha),
    size: data.length,
    url: `${ctx.base}/repos/${ctx.owner}/${ctx.repo}/git/blobs/${sha}`,
    content: base64Lines(data),
    encoding: 'base64'
  }
}
