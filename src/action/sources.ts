import type { GitHub } from '../github/client.js'
import { ApiRevision, type Repo } from '../github/contents.js'
import { Git } from '../io/git.js'
import { GitRevision } from '../run/git-revision.js'
import { log } from './log.js'

/** Where file contents come from: the checked-out repository's git objects, or the API. */
export type Sources =
  /** The workspace also gives git diff and tree listings without API calls. */
  | { kind: 'workspace'; git: Git; revisions: GitRevision[] }
  | { kind: 'api'; git: null; revisions: ApiRevision[] }

/**
 * Uses the workspace when it is a git checkout that has (or can fetch at depth 1) every commit;
 * then no content is read through the API. Otherwise the API serves them. Nothing from the
 * commits is ever executed: they are read as data with `git cat-file`.
 */
export async function openRevisions(
  gh: GitHub,
  repo: Repo,
  workspace: string | null,
  shas: string[]
): Promise<Sources> {
  const git = workspace ? new Git(workspace) : null
  if (git && (await git.isRepository())) {
    const missing: string[] = []
    for (const sha of new Set(shas)) if ((await git.resolve(sha)) === null) missing.push(sha)
    if (missing.length > 0 && !(await git.fetchCommits(missing, 1))) {
      log.info(
        `The checkout lacks ${missing.length} commit(s) and could not fetch them; reading configs through the API.`
      )
    } else {
      const revisions = await Promise.all(shas.map((sha) => GitRevision.open(git, sha)))
      return { kind: 'workspace', git, revisions }
    }
  }
  const revisions = shas.map((sha) => new ApiRevision(gh, repo, sha, (m) => log.info(m)))
  return { kind: 'api', git: null, revisions }
}
