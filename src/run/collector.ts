import { totalDelta, type ModelChange } from '../engine/changes.js'
import type { Finding, Severity } from '../engine/findings.js'
import { evaluateGate, type GateFailure, type GatePolicy, type GateResult } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { Totals } from '../render/markdown.js'
import { changeRow, compareRows, scanRow, type Row } from '../render/rows.js'
import { keep, keepChange } from './report-writer.js'

export interface LocatedFinding {
  path: string
  finding: Finding
}

/** The findings worth an annotation (GitHub shows 10 per level), and how many there are in all. */
export interface FindingDigest {
  shown: LocatedFinding[]
  counts: Record<Severity, number>
}

export const ANNOTATIONS_PER_LEVEL = 10

/** More rows than a 1 MiB job summary can ever show. */
export const KEEP_ROWS = 5000

export interface Collected<T> {
  /** The most important items, in display order, kept without per-layer rows. */
  items: T[]
  gate: GateResult
  findings: FindingDigest
  totals: Totals
}

/**
 * Gathers a run one item at a time so its memory does not grow with the zoo: each item is gated
 * on its own (budgets are per model), counted, its findings digested, and only the rows a report
 * could show are kept.
 */
function isChange(item: ModelReport | ModelChange): item is ModelChange {
  return 'previousPath' in item
}

export class RunCollector<T extends ModelReport | ModelChange> {
  private rows: Row[] = []
  private omitted = 0
  private readonly failures: GateFailure[] = []
  private readonly findings: FindingDigest = {
    shown: [],
    counts: { error: 0, warning: 0, notice: 0 }
  }
  private models = 0
  private invalid = 0
  private delta: { bytes: bigint; complete: boolean } | null = null

  constructor(
    private readonly policy: GatePolicy,
    private readonly limit = KEEP_ROWS
  ) {}

  add(item: T): void {
    const change: ModelChange | null = isChange(item) ? item : null
    const head: ModelReport | null = isChange(item) ? item.head : item
    const path = item.path
    const failures = head ? evaluateGate([{ path, head, change }], this.policy).failures : []
    for (const f of failures) this.failures.push(f)
    this.models++
    if (head?.status === 'invalid') this.invalid++
    for (const finding of head?.findings ?? []) {
      this.findings.counts[finding.severity]++
      const shownAtLevel = this.findings.shown.filter(
        (f) => f.finding.severity === finding.severity
      ).length
      if (shownAtLevel < ANNOTATIONS_PER_LEVEL) this.findings.shown.push({ path, finding })
    }
    const ctx = this.policy.primaryContext
    if (isChange(item)) {
      const d = totalDelta([item], ctx)
      this.delta = {
        bytes: (this.delta?.bytes ?? 0n) + d.bytes,
        complete: (this.delta?.complete ?? true) && d.complete
      }
      this.rows.push(changeRow(keepChange(item), failures.length > 0, ctx))
    } else {
      this.rows.push(scanRow(keep(item), failures.length > 0, ctx))
    }
    if (this.rows.length >= 2 * this.limit) this.trim()
  }

  finish(extraFailures: readonly GateFailure[] = []): Collected<T> {
    this.trim()
    const failures = [...extraFailures, ...this.failures]
    return {
      items: this.rows.map((r) => (r.change ?? r.model) as T),
      gate: { failed: failures.length > 0, failures },
      findings: this.findings,
      totals: {
        models: this.models,
        invalid: this.invalid,
        omitted: this.omitted,
        delta: this.delta
      }
    }
  }

  private trim(): void {
    this.rows.sort(compareRows)
    if (this.rows.length > this.limit) {
      this.omitted += this.rows.length - this.limit
      this.rows.length = this.limit
    }
  }
}
