import type { ModelReport } from './report.js'

export type ChangeKind = 'added' | 'removed' | 'modified' | 'renamed'

/** One config changed between two revisions, as GitHub's Files tab shows it. */
export interface ModelChange {
  path: string
  change: ChangeKind
  previousPath: string | null
  base: ModelReport | null
  head: ModelReport | null
}

export interface Delta {
  bytes: bigint
  /** Null when there is no base to compare with (added) or the base is zero. */
  percent: number | null
}

/** Total memory at `context`, exact, or null when the report has no memory figures. */
export function totalAt(report: ModelReport | null, context: number): bigint | null {
  const v = report?.memory?.at[String(context)]?.total
  return v === undefined || v === null ? null : BigInt(v)
}

/** Head minus base at one context; null for added/removed models or when either side is invalid. */
export function deltaAt(change: ModelChange, context: number): Delta | null {
  if (change.change === 'added' || change.change === 'removed') return null
  const base = totalAt(change.base, context)
  const head = totalAt(change.head, context)
  if (base === null || head === null) return null
  const bytes = head - base
  return { bytes, percent: base === 0n ? null : (Number(bytes) / Number(base)) * 100 }
}
