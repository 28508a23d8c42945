import type { ModelChange } from '../../engine/changes.js'
import type { GateResult } from '../../engine/gate.js'
import type { DiffReport } from '../../engine/run.js'
import { describeError, type GitHub } from '../../github/client.js'
import type { Repo } from '../../github/contents.js'
import { getPull, listPullFiles, mergeBaseViaApi, type PullState } from '../../github/pull.js'
import { commenterLogin, hasStickyComment } from '../../github/sticky-comment.js'
import type { Git } from '../../io/git.js'
import { PathFilter } from '../../io/glob.js'
import { analysisOptions, gatePolicy, reportOptions, type ActionInputs } from '../../options.js'
import { compareConfigs, selectChanges, type ChangedPath } from '../../run/diff.js'
import type { Environment } from '../environment.js'
import { log } from '../log.js'
import type { CommentPlan, Publication } from '../publish.js'
import { reportFilePath, RunRecorder } from '../report-file.js'
import { openRevisions } from '../sources.js'

export interface PullRequestRun {
  number: number
  /** The head this run is for: the event's for pull_request, the current one for slash commands. */
  headSha: string | null
  baseSha: string | null
  /** The workflow token is read-only for pull requests from forks. */
  fromFork: boolean
}

/**
 * A pull request's changed configs, both sides analyzed, gated and ready to publish. The file
 * list comes from GitHub; when GitHub cut it short, the workspace's git diff replaces it, and
 * without one the gate fails closed rather than miss a config.
 */
export async function pullRequestReport(
  env: Environment,
  inputs: ActionInputs,
  gh: GitHub,
  run: PullRequestRun,
  commentingAllowed: boolean
): Promise<Publication> {
  const repo: Repo = { owner: env.owner, repo: env.repo }
  const current = await getPull(gh, repo, run.number)
  const headSha = run.headSha ?? current.headSha
  const baseSha = run.baseSha ?? current.baseSha
  const stale = current.headSha !== headSha
  if (stale) {
    log.notice(
      `The pull request's head moved to ${current.headSha.slice(0, 7)} after this run started (for ${headSha.slice(0, 7)}); the report is for ${headSha.slice(0, 7)} and no comment is posted over the newer head's.`
    )
  }
  const mergeBase = await mergeBaseViaApi(gh, repo, baseSha, headSha).catch((e: unknown) => {
    throw new Error(
      `cannot find the merge base of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)} (${describeError(e)}); was the branch deleted?`
    )
  })
  const sources = await openRevisions(gh, repo, env.workspace, [mergeBase, headSha])
  log.info(
    `Reading configs from the ${sources.kind === 'workspace' ? 'workspace checkout' : 'GitHub API'}.`
  )

  const extraFailures: GateResult['failures'] = []
  const changed = await changedPaths(
    gh,
    repo,
    current,
    sources.git,
    mergeBase,
    headSha,
    extraFailures
  )
  const filter = new PathFilter(inputs.paths, inputs.exclude)
  const selected = selectChanges(changed, filter)
  const [base, head] = sources.revisions
  const header = {
    schemaVersion: 1 as const,
    kind: 'diff' as const,
    options: reportOptions(inputs),
    base: { rev: current.baseRef, sha: mergeBase },
    head: { rev: `pull/${run.number}/head`, sha: headSha }
  }
  const recorder = new RunRecorder<ModelChange>(
    reportFilePath(env, inputs.reportPath),
    header,
    gatePolicy(inputs)
  )
  await compareConfigs(selected, base, head, analysisOptions(inputs), recorder.add)
  const { items: changes, gate, findings, totals } = recorder.finish(extraFailures)
  const report: DiffReport = { ...header, changes, gate }
  const comment = await planComment(
    env,
    inputs,
    gh,
    run,
    headSha,
    stale || !commentingAllowed,
    totals.models
  )
  return { report, comment, enforceGate: true, reportFile: recorder.path, findings, totals }
}

async function changedPaths(
  gh: GitHub,
  repo: Repo,
  pull: PullState,
  git: Git | null,
  mergeBase: string,
  headSha: string,
  failures: GateResult['failures']
): Promise<ChangedPath[]> {
  let listed: { files: ChangedPath[]; listed: number } | null = null
  try {
    listed = await listPullFiles(gh, repo, pull.number)
  } catch (e) {
    log.warning(`GitHub did not list the pull request's files (${describeError(e)}).`)
  }
  if (listed && listed.listed >= pull.changedFiles) return listed.files
  if (git) {
    log.info(
      listed
        ? `GitHub listed ${listed.listed} of the ${pull.changedFiles} changed files; using git diff in the workspace instead.`
        : 'Using git diff in the workspace instead.'
    )
    return git.diff(mergeBase, headSha)
  }
  failures.push({
    path: `pull request #${pull.number}`,
    reason: listed
      ? `GitHub lists only ${listed.listed} of its ${pull.changedFiles} changed files and there is no checkout to diff, so configs may be unseen (check out the repository before this step)`
      : 'its changed files could not be listed and there is no checkout to diff'
  })
  return listed?.files ?? []
}

async function planComment(
  env: Environment,
  inputs: ActionInputs,
  gh: GitHub,
  run: PullRequestRun,
  headSha: string,
  skip: boolean,
  changes: number
): Promise<CommentPlan | null> {
  if (skip || inputs.comment === 'never' || inputs.mode === 'report') return null
  if (run.fromFork && env.eventName === 'pull_request') {
    log.notice(
      'This pull request comes from a fork, whose workflow token cannot comment; the job summary and annotations carry the report. See the README for the fork-safe two-step workflow.'
    )
    return null
  }
  const target = {
    repo: { owner: env.owner, repo: env.repo },
    issueNumber: run.number,
    key: inputs.commentKey,
    botLogin: await commenterLogin(gh)
  }
  if (inputs.comment === 'on-change' && changes === 0) {
    // Keep an existing comment honest (say the changes were reverted); do not start one.
    const exists = await hasStickyComment(gh, target).catch(() => false)
    if (!exists) return null
  }
  return { gh, target, headSha }
}
