import type { KvDtypeOption } from './cache/dtype.js'
import type { ModelChange } from './changes.js'
import type { GateResult } from './gate.js'
import type { ModelReport } from './report.js'

/** The options a report was computed with, recorded in it so it can be re-rendered. */
export interface ReportOptions {
  contexts: number[]
  kvDtype: KvDtypeOption
  batch: number
  primaryContext: number
}

export interface Revision {
  rev: string
  sha: string
}

export interface Shard {
  index: number
  count: number
}

export interface ScanReport {
  schemaVersion: 1
  kind: 'scan'
  options: ReportOptions
  shard: Shard | null
  models: ModelReport[]
  gate: GateResult
}

export interface DiffReport {
  schemaVersion: 1
  kind: 'diff'
  options: ReportOptions
  base: Revision
  head: Revision
  changes: ModelChange[]
  gate: GateResult
}

export type RunReport = ScanReport | DiffReport
