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

/**
 * The whole change's effect at one context: modified and renamed configs count their delta, added
 * ones their full size, removed ones minus theirs. `complete` is false when a side could not be
 * evaluated, so the sum leaves something out.
 */
export function totalDelta(
  changes: readonly ModelChange[],
  context: number
): { bytes: bigint; complete: boolean } {
  let bytes = 0n
  let complete = true
  for (const c of changes) {
    const d = deltaAt(c, context)
    const base = totalAt(c.base, context)
    const head = totalAt(c.head, context)
    if (d) bytes += d.bytes
    else if (c.change === 'added' && head !== null) bytes += head
    else if (c.change === 'removed' && base !== null) bytes -= base
    else complete = false
  }
  return { bytes, complete }
}
