import { readFile } from 'node:fs/promises'
import type { ModelChange } from '../../engine/changes.js'
import { RunCollector } from '../../run/collector.js'
import type { DiffReport } from '../../engine/run.js'
import type { GitHub } from '../../github/client.js'
import { findPullByHead, getPull } from '../../github/pull.js'
import { commenterLogin } from '../../github/sticky-comment.js'
import { gatePolicy, type ActionInputs } from '../../options.js'
import { DiffReportSchema } from '../../run/report-schema.js'
import type { Environment } from '../environment.js'
import { InputError } from '../inputs.js'
import { log } from '../log.js'
import { reportFilePath } from '../report-file.js'
import type { Publication } from '../publish.js'

/**
 * `mode: comment`, in a workflow_run job after a fork's `mode: report` run. The report artifact
 * is untrusted data: it is validated by the report schema, must describe the commit the
 * triggering run built, which must still be the head of an open pull request of this repository;
 * the comment is rendered here from the data (markdown from an artifact is never posted).
 */
export async function commentStepReport(
  env: Environment,
  inputs: ActionInputs,
  gh: GitHub
): Promise<Publication | null> {
  const run = env.payload.workflow_run as { head_sha?: string } | undefined
  const headSha = run?.head_sha
  if (!headSha)
    throw new InputError(
      'Input "mode": comment mode runs in a workflow_run job (it needs the triggering run\'s head commit)'
    )
  const path = reportFilePath(env, inputs.reportPath)
  const text = await readFile(path, 'utf8').catch(() => null)
  if (text === null)
    throw new InputError(
      `Input "report-path": no report at ${inputs.reportPath} (download the report artifact first)`
    )
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new InputError('Input "report-path": the report is not JSON')
  }
  const parsed = DiffReportSchema.safeParse(data)
  if (!parsed.success)
    throw new InputError('Input "report-path": the file is not a cachespec pull-request report')
  const report: DiffReport = parsed.data
  if (report.head.sha !== headSha) {
    log.notice(
      `The report describes ${report.head.sha.slice(0, 7)}, not the run's head ${headSha.slice(0, 7)}; not commenting.`
    )
    return null
  }
  const repo = { owner: env.owner, repo: env.repo }
  const number = await findPullByHead(gh, repo, headSha)
  if (number === null) {
    log.notice(
      `No open pull request has ${headSha.slice(0, 7)} as its head any more; not commenting.`
    )
    return null
  }
  const current = await getPull(gh, repo, number)
  if (current.headSha !== headSha) {
    log.notice(
      `Pull request #${number} has moved on to ${current.headSha.slice(0, 7)}; not posting numbers for an older head.`
    )
    return null
  }
  // Gathered like a fresh run: gated with this job's inputs, and only the rows worth showing kept.
  const collector = new RunCollector<ModelChange>(gatePolicy(inputs))
  for (const change of report.changes) collector.add(change)
  const { items: changes, gate, findings, totals } = collector.finish()
  const comment =
    inputs.comment === 'never' || (inputs.comment === 'on-change' && report.changes.length === 0)
      ? null
      : {
          gh,
          target: {
            repo,
            issueNumber: number,
            key: inputs.commentKey,
            botLogin: await commenterLogin(gh)
          },
          headSha
        }
  return {
    report: { ...report, changes, gate },
    comment,
    enforceGate: false,
    reportFile: path,
    findings,
    totals
  }
}
