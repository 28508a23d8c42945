import type { GateResult } from '../../engine/gate.js'
import type { ModelReport } from '../../engine/report.js'
import type { ScanReport } from '../../engine/run.js'
import type { GitHub } from '../../github/client.js'
import { listTreeViaApi } from '../../github/pull.js'
import { PathFilter } from '../../io/glob.js'
import { analysisOptions, gatePolicy, reportOptions, type ActionInputs } from '../../options.js'
import { scanConfigs } from '../../run/scan.js'
import type { Environment } from '../environment.js'
import { log } from '../log.js'
import type { Publication } from '../publish.js'
import { reportFilePath, RunRecorder } from '../report-file.js'
import { openRevisions } from '../sources.js'

/**
 * workflow_dispatch and schedule: every config of the repository at the current commit, from the
 * checkout when there is one, else the git tree through the API. A truncated tree fails closed.
 */
export async function auditReport(
  env: Environment,
  inputs: ActionInputs,
  gh: GitHub
): Promise<Publication> {
  const repo = { owner: env.owner, repo: env.repo }
  const filter = new PathFilter(inputs.paths, inputs.exclude)
  const failures: GateResult['failures'] = []
  const sources = await openRevisions(gh, repo, env.workspace, [env.sha])
  const revision = sources.revisions[0]
  let paths: string[]
  if (sources.kind === 'workspace') {
    paths = sources.revisions[0].paths().filter((p) => filter.matches(p))
  } else {
    const tree = await listTreeViaApi(gh, repo, env.sha)
    if (tree.truncated) {
      failures.push({
        path: 'repository',
        reason:
          'GitHub truncated the file tree (over 100,000 entries), so the audit is incomplete; check out the repository before this step'
      })
    }
    paths = tree.paths.filter((p) => filter.matches(p))
  }
  log.info(
    `Auditing ${paths.length} config(s) at ${env.sha.slice(0, 7)}${inputs.shard ? ` (shard ${inputs.shard.index}/${inputs.shard.count})` : ''}.`
  )
  const header = {
    schemaVersion: 1 as const,
    kind: 'scan' as const,
    options: reportOptions(inputs),
    shard: inputs.shard
  }
  const recorder = new RunRecorder<ModelReport>(
    reportFilePath(env, inputs.reportPath),
    header,
    gatePolicy(inputs)
  )
  await scanConfigs({
    paths,
    read: (batch) => revision.read(batch),
    options: analysisOptions(inputs),
    shard: inputs.shard,
    onReport: recorder.add
  })
  const { items: models, gate, findings, totals } = recorder.finish(failures)
  const report: ScanReport = { ...header, models, gate }
  return {
    report,
    comment: null,
    enforceGate: true,
    reportFile: recorder.path,
    findings,
    totals
  }
}
