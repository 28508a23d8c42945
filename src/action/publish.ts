import * as core from '@actions/core'
import { totalDelta } from '../engine/changes.js'
import { failingPaths } from '../engine/gate.js'
import type { RunReport } from '../engine/run.js'
import { describeError, isRateLimit, statusOf, type GitHub } from '../github/client.js'
import { upsertStickyComment, type StickyTarget } from '../github/sticky-comment.js'
import {
  COMMENT_BUDGET,
  renderMarkdown,
  SUMMARY_BUDGET,
  type LinkContext,
  type Totals
} from '../render/markdown.js'
import { VERSION } from '../version.js'
import type { FindingDigest } from '../run/collector.js'
import { annotate } from './annotations.js'
import type { Environment } from './environment.js'
import { log } from './log.js'

/** The failure message lists this many models; the summary and the JSON report have the rest. */
const FAILURE_LINES = 50

export interface CommentPlan {
  gh: GitHub
  target: StickyTarget
  headSha: string
}

export interface Publication {
  report: RunReport
  /** null: no comment this run (fork, mode report, comment never…); the reason is already logged. */
  comment: CommentPlan | null
  /** Whether a failed gate fails the step (slash-command runs only report). */
  enforceGate: boolean
  /** The JSON report, already written (absolute path). */
  reportFile: string
  /** The findings worth an annotation, and how many there are in all. */
  findings: FindingDigest
  /** The whole run's figures, when the report keeps only the rows worth showing. */
  totals?: Totals
}

function links(env: Environment, sha: string): LinkContext {
  return { serverUrl: env.serverUrl, repository: `${env.owner}/${env.repo}`, sha }
}

/**
 * Publishes a run in an order that keeps the gate honest: the annotations and the job summary
 * first (they need no write permission), then the comment, whose
 * failures are logged and never change the gate, then the outputs and the gate itself.
 */
export async function publish(env: Environment, p: Publication): Promise<void> {
  const { report } = p
  const { gate } = report
  const headSha = report.kind === 'diff' ? report.head.sha : env.sha
  annotate(p.findings)
  await writeSummary(env, p, headSha)

  let commentId = ''
  if (p.comment) commentId = await postComment(env, p, p.comment)

  const changed =
    p.totals?.models ?? (report.kind === 'diff' ? report.changes.length : report.models.length)
  const delta =
    report.kind === 'diff'
      ? (p.totals?.delta ?? totalDelta(report.changes, report.options.primaryContext)).bytes
      : 0n
  core.setOutput('failed', gate.failed ? 'true' : 'false')
  core.setOutput('changed-models', String(changed))
  core.setOutput('report-path', p.reportFile)
  core.setOutput('comment-id', commentId)
  core.setOutput('kv-delta-bytes', delta.toString())

  if (gate.failed && p.enforceGate) {
    const lines = gate.failures.slice(0, FAILURE_LINES).map((f) => `${f.path}: ${f.reason}`)
    if (gate.failures.length > FAILURE_LINES) {
      lines.push(
        `… and ${gate.failures.length - FAILURE_LINES} more (see the job summary and the JSON report)`
      )
    }
    core.setFailed(
      `cachespec: ${failingPaths(gate).size} model config(s) fail the gate\n${lines.join('\n')}`
    )
  } else if (gate.failed) {
    log.info(`The gate would fail (${gate.failures.length} failure(s)); this run only reports.`)
  }
}

async function writeSummary(env: Environment, p: Publication, sha: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.info('No job summary file (GITHUB_STEP_SUMMARY) on this runner; skipping the summary.')
    return
  }
  const markdown = renderMarkdown(p.report, {
    version: VERSION,
    links: links(env, sha),
    marker: null,
    overflowPointer: 'the JSON report (the report-path output)',
    budget: SUMMARY_BUDGET,
    totals: p.totals
  })
  await core.summary.addRaw(markdown).write()
}

async function postComment(env: Environment, p: Publication, plan: CommentPlan): Promise<string> {
  const body = renderMarkdown(p.report, {
    version: VERSION,
    links: links(env, plan.headSha),
    marker: { key: plan.target.key, headSha: plan.headSha },
    overflowPointer: 'the job summary',
    budget: COMMENT_BUDGET,
    totals: p.totals
  })
  try {
    const result = await upsertStickyComment(plan.gh, plan.target, body)
    log.info(`Sticky comment ${result.outcome} (id ${result.commentId}).`)
    return String(result.commentId)
  } catch (e) {
    const status = statusOf(e)
    if ((status === 403 || status === 404) && !isRateLimit(e)) {
      log.notice(
        `cachespec could not comment (${describeError(e)}): the token lacks "pull-requests: write" (fork pull requests always get a read-only token). The job summary and annotations have the report; the gate is unaffected.`
      )
    } else {
      log.warning(
        `cachespec could not post its comment (${describeError(e)}); the job summary has the report, and the gate is unaffected.`
      )
    }
    return ''
  }
}
