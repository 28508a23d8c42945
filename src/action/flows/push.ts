import type { ModelChange } from '../../engine/changes.js'
import type { GateResult } from '../../engine/gate.js'
import type { DiffReport } from '../../engine/run.js'
import type { GitHub } from '../../github/client.js'
import { PathFilter } from '../../io/glob.js'
import { analysisOptions, gatePolicy, reportOptions, type ActionInputs } from '../../options.js'
import { compareConfigs, selectChanges, type ChangedPath } from '../../run/diff.js'
import type { Environment } from '../environment.js'
import type { Publication } from '../publish.js'
import { reportFilePath, RunRecorder } from '../report-file.js'
import { openRevisions } from '../sources.js'
import { auditReport } from './audit.js'

const COMPARE_FILES_CAP = 300

/** push: the configs changed between `before` and `after`; job summary only. */
export async function pushReport(
  env: Environment,
  inputs: ActionInputs,
  gh: GitHub
): Promise<Publication> {
  const before = typeof env.payload.before === 'string' ? env.payload.before : ''
  const after = typeof env.payload.after === 'string' ? env.payload.after : env.sha
  // A new branch has no "before": audit it instead.
  if (/^0+$/.test(before) || before === '') return auditReport(env, inputs, gh)
  const repo = { owner: env.owner, repo: env.repo }
  const sources = await openRevisions(gh, repo, env.workspace, [before, after])
  const failures: GateResult['failures'] = []
  let changed: ChangedPath[]
  if (sources.git) changed = await sources.git.diff(before, after)
  else {
    const { data } = await gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${before}...${after}`
    })
    const files = data.files ?? []
    if (files.length >= COMPARE_FILES_CAP) {
      failures.push({
        path: 'push',
        reason: `GitHub's compare lists at most ${COMPARE_FILES_CAP} files and there is no checkout to diff, so configs may be unseen`
      })
    }
    changed = files.map((f) => ({
      change:
        f.status === 'removed'
          ? 'removed'
          : f.status === 'added' || f.status === 'copied'
            ? 'added'
            : f.status === 'renamed'
              ? 'renamed'
              : 'modified',
      path: f.filename,
      previousPath: f.status === 'renamed' ? (f.previous_filename ?? null) : null
    }))
  }
  const filter = new PathFilter(inputs.paths, inputs.exclude)
  const [base, head] = sources.revisions
  const header = {
    schemaVersion: 1 as const,
    kind: 'diff' as const,
    options: reportOptions(inputs),
    base: { rev: 'before', sha: before },
    head: { rev: 'after', sha: after }
  }
  const recorder = new RunRecorder<ModelChange>(
    reportFilePath(env, inputs.reportPath),
    header,
    gatePolicy(inputs)
  )
  await compareConfigs(
    selectChanges(changed, filter),
    base,
    head,
    analysisOptions(inputs),
    recorder.add
  )
  const { items: changes, gate, findings, totals } = recorder.finish(failures)
  const report: DiffReport = { ...header, changes, gate }
  return {
    report,
    comment: null,
    enforceGate: true,
    reportFile: recorder.path,
    findings,
    totals
  }
}
