import type { ChangedPath } from '../run/diff.js'
import type { GitHub } from './client.js'
import type { Repo } from './contents.js'

export interface PullState {
  number: number
  headSha: string
  baseSha: string
  baseRef: string
  headRepoId: number | null
  baseRepoId: number
  changedFiles: number
  state: string
}

export async function getPull(gh: GitHub, repo: Repo, number: number): Promise<PullState> {
  const { data } = await gh.rest.pulls.get({ ...repo, pull_number: number })
  return {
    number,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    headRepoId: data.head.repo?.id ?? null,
    baseRepoId: data.base.repo.id,
    changedFiles: data.changed_files,
    state: data.state
  }
}

const STATUS: Record<string, ChangedPath['change'] | null> = {
  added: 'added',
  copied: 'added',
  removed: 'removed',
  modified: 'modified',
  changed: 'modified',
  renamed: 'renamed',
  unchanged: null
}

export interface PullFiles {
  files: ChangedPath[]
  /** Files GitHub listed; fewer than the PR's changed_files means the list was cut. */
  listed: number
}

export async function listPullFiles(gh: GitHub, repo: Repo, number: number): Promise<PullFiles> {
  const files: ChangedPath[] = []
  let listed = 0
  for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: 100
  })) {
    for (const f of page.data) {
      listed++
      const change = STATUS[f.status] ?? null
      if (change === null) continue
      files.push({
        change,
        path: f.filename,
        previousPath: change === 'renamed' ? (f.previous_filename ?? null) : null
      })
    }
  }
  return { files, listed }
}

/** A merge base through the API, when the workspace cannot tell. */
export async function mergeBaseViaApi(
  gh: GitHub,
  repo: Repo,
  base: string,
  head: string
): Promise<string> {
  const { data } = await gh.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1
  })
  return data.merge_base_commit.sha
}

/** Every file of a commit through the git trees API, for audits without a checkout. */
export async function listTreeViaApi(
  gh: GitHub,
  repo: Repo,
  sha: string
): Promise<{ paths: string[]; truncated: boolean }> {
  const { data } = await gh.rest.git.getTree({ ...repo, tree_sha: sha, recursive: '1' })
  return {
    paths: data.tree
      .filter((e) => e.type === 'blob' && typeof e.path === 'string')
      .map((e) => e.path),
    truncated: data.truncated
  }
}

/** The open pull request whose head is this commit (the fork-safe comment step). */
export async function findPullByHead(
  gh: GitHub,
  repo: Repo,
  headSha: string
): Promise<number | null> {
  for await (const page of gh.paginate.iterator(gh.rest.pulls.list, {
    ...repo,
    state: 'open',
    per_page: 100
  })) {
    const hit = page.data.find((p) => p.head.sha === headSha)
    if (hit) return hit.number
  }
  return null
}
