import { isAbsolute, resolve } from 'node:path'
import type { ModelChange } from '../engine/changes.js'
import type { GateResult } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { DiffReport, ScanReport } from '../engine/run.js'
import { fileTarget, keep, keepChange, ReportWriter } from '../run/report-writer.js'
import type { Environment } from './environment.js'

export function reportFilePath(env: Environment, reportPath: string): string {
  return isAbsolute(reportPath) ? reportPath : resolve(env.workspace ?? process.cwd(), reportPath)
}

/** The JSON report at report-path, written while the configs are analyzed. */
export class ReportFile {
  private readonly target
  private readonly writer

  constructor(
    readonly path: string,
    header: Omit<ScanReport, 'models' | 'gate'> | Omit<DiffReport, 'changes' | 'gate'>
  ) {
    this.target = fileTarget(path)
    this.writer = new ReportWriter(this.target.write, header)
  }

  /** Writes a model in full and keeps it without per-layer rows. */
  readonly model = (m: ModelReport): ModelReport => {
    this.writer.add(m)
    return keep(m)
  }

  readonly change = (c: ModelChange): ModelChange => {
    this.writer.add(c)
    return keepChange(c)
  }

  finish(gate: GateResult): void {
    this.writer.finish(gate)
    this.target.close()
  }
}
