import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ModelChange } from '../engine/changes.js'
import type { GateResult } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { DiffReport, ScanReport } from '../engine/run.js'
import { describeLayout, type WithLayout } from '../render/layers.js'

type Header = Omit<ScanReport, 'models' | 'gate'> | Omit<DiffReport, 'changes' | 'gate'>

/**
 * Writes the JSON report one model at a time, so a scan of 100,000 configs never holds its whole
 * report (or one giant JSON string) in memory. Each model takes one line, so the file stays easy
 * to grep and to split.
 */
export class ReportWriter {
  private first = true
  private readonly field: 'models' | 'changes'

  constructor(
    private readonly write: (chunk: string) => void,
    header: Header
  ) {
    this.field = header.kind === 'scan' ? 'models' : 'changes'
    write(`${JSON.stringify(header).slice(0, -1)},"${this.field}":[`)
  }

  add(item: ModelReport | ModelChange): void {
    this.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(item)}`)
    this.first = false
  }

  finish(gate: GateResult): void {
    this.write(`${this.first ? '' : '\n'}],"gate":${JSON.stringify(gate)}}\n`)
  }
}

export type KeptModel = ModelReport & WithLayout

/** What is kept of a written model: everything but the per-layer rows, which its layout sums up. */
export function keep(model: ModelReport): KeptModel {
  if (!model.spec) return model
  return {
    ...model,
    spec: { ...model.spec, layers: [] },
    layout: describeLayout(model.spec.layers)
  }
}

export function keepChange(change: ModelChange): ModelChange {
  return {
    ...change,
    base: change.base && keep(change.base),
    head: change.head && keep(change.head)
  }
}

export interface Target {
  write: (chunk: string) => void
  close: () => void
}

/** A file the report streams into (created with its folders). */
export function fileTarget(path: string): Target {
  mkdirSync(dirname(path), { recursive: true })
  const fd = openSync(path, 'w')
  return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) }
}

/** Several targets as one (a file and stdout). */
export function tee(targets: readonly Target[]): Target {
  return {
    write: (chunk) => targets.forEach((t) => t.write(chunk)),
    close: () => targets.forEach((t) => t.close())
  }
}
