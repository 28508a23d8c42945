export interface FakeFile {
  content: string | Buffer
  /** 120000 = symlink; content is then the link target. */
  mode?: '100644' | '120000'
}

export interface FakeCommit {
  sha: string
  parents: string[]
  files: Map<string, FakeFile>
  message?: string
}

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export type DiffStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface DiffEntryLike {
  sha: string | null
  filename: string
  status: DiffStatus
  additions: number
  deletions: number
  changes: number
  blob_url?: string
  raw_url?: string
  contents_url?: string
  patch?: string
  previous_filename?: string
}

export interface FakePull {
  number: number
  headSha: string
  baseSha: string
  headRef: string
  baseRef: string
  headRepoFullName: string
  headRepoId: number
  changedFiles?: number
  listFilesOverride?: DiffEntryLike[]
  state?: 'open' | 'closed'
}

export interface SimpleUserLike {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: string
  site_admin: boolean
  user_view_type: string
}

export interface ReactionRollupLike {
  url: string
  total_count: number
  '+1': number
  '-1': number
  laugh: number
  confused: number
  heart: number
  hooray: number
  eyes: number
  rocket: number
}

export interface IssueCommentLike {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: SimpleUserLike | null
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: null
  reactions: ReactionRollupLike
}

export interface RecordedCall {
  method: string
  /** Request path without the query string, percent-decoded (`route` is better for filtering). */
  path: string
  query: Record<string, string>
  body: unknown
  /** 0 while no answer was sent (a hanging fault). */
  status: number
  operationId: string | null
  at: number
  /** 'METHOD /template' as used by fault(), or null for unknown routes. */
  route: string | null
  authorization?: string
  /** Things GitHub allows but a test may want to see, e.g. editing someone else's comment. */
  note?: string
}

export interface Fault {
  status: number
  headers?: Record<string, string>
  body?: string | object
  hang?: boolean
  applyThenFail?: boolean
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  repoId?: number
  botLogin?: string
  maxRequests?: number
}
