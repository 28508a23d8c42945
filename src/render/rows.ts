import { deltaAt, totalAt, type ModelChange } from '../engine/changes.js'
import type { ModelReport } from '../engine/report.js'

/** One table row: a scanned model, or the two sides of a change. */
export interface Row {
  path: string
  change: ModelChange | null
  model: ModelReport | null
  base: ModelReport | null
  /** Failing rows come first, then the largest changes (or, in audits, the largest caches). */
  failing: boolean
  magnitude: bigint
  unchanged: boolean
}

export function scanRow(m: ModelReport, failing: boolean, primaryContext: number): Row {
  return {
    path: m.path,
    change: null,
    model: m,
    base: null,
    failing: failing || m.status === 'invalid',
    magnitude: totalAt(m, primaryContext) ?? 0n,
    unchanged: false
  }
}

export function changeRow(c: ModelChange, failing: boolean, primaryContext: number): Row {
  const delta = deltaAt(c, primaryContext)
  const magnitude = delta
    ? delta.bytes < 0n
      ? -delta.bytes
      : delta.bytes
    : (totalAt(c.head ?? c.base, primaryContext) ?? 0n)
  const model = c.head ?? c.base
  return {
    path: c.path,
    change: c,
    model: c.head,
    base: c.base,
    failing: failing || c.head?.status === 'invalid',
    magnitude,
    unchanged:
      delta !== null &&
      delta.bytes === 0n &&
      (model?.findings.length ?? 0) === 0 &&
      JSON.stringify(c.base?.spec ?? null) === JSON.stringify(c.head?.spec ?? null)
  }
}

/** The order rows are shown in, and cut from the end of when space runs out. */
export function compareRows(a: Row, b: Row): number {
  return (
    Number(b.failing) - Number(a.failing) ||
    Number(a.unchanged) - Number(b.unchanged) ||
    (a.magnitude === b.magnitude ? 0 : a.magnitude < b.magnitude ? 1 : -1) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
}
