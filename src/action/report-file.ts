import { isAbsolute, resolve } from 'node:path'
import type { ModelChange } from '../engine/changes.js'
import type { GateFailure, GatePolicy } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { DiffReport, ScanReport } from '../engine/run.js'
import { RunCollector, type Collected } from '../run/collector.js'
import { fileTarget, ReportWriter, type Target } from '../run/report-writer.js'
import type { Environment } from './environment.js'

export function reportFilePath(env: Environment, reportPath: string): string {
  return isAbsolute(reportPath) ? reportPath : resolve(env.workspace ?? process.cwd(), reportPath)
}

/**
 * Records a run as it goes: every model is written in full to the JSON report at report-path
 * (the whole record), and gathered by a collector that keeps what the summary and the comment can
 * show (bounded, however many configs there are).
 */
export class RunRecorder<T extends ModelReport | ModelChange> {
  private readonly target: Target
  private readonly writer: ReportWriter
  private readonly collector: RunCollector<T>

  constructor(
    readonly path: string,
    header: Omit<ScanReport, 'models' | 'gate'> | Omit<DiffReport, 'changes' | 'gate'>,
    policy: GatePolicy
  ) {
    this.target = fileTarget(path)
    this.writer = new ReportWriter(this.target.write, header)
    this.collector = new RunCollector<T>(policy)
  }

  /** For scanConfigs / compareConfigs: records the item; nothing needs to be kept by the caller. */
  readonly add = (item: T): T => {
    this.writer.add(item)
    this.collector.add(item)
    return item
  }

  finish(extraFailures: readonly GateFailure[] = []): Collected<T> {
    const collected = this.collector.finish(extraFailures)
    this.writer.finish(collected.gate)
    this.target.close()
    return collected
  }
}
