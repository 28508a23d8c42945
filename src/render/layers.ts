import { findPeriod } from '../engine/layers/pattern.js'
import type { LayerRow, SpecReport } from '../engine/report.js'

const label = (l: LayerRow): string => {
  const window = l.window === null ? '' : `(${l.window})`
  return `${l.kind}${window}`
}

function runsOf(layers: readonly LayerRow[], offset: number): string[] {
  const out: string[] = []
  let start = 0
  for (let i = 1; i <= layers.length; i++) {
    if (i < layers.length && label(layers[i]) === label(layers[start])) continue
    const a = offset + start
    const b = offset + i - 1
    out.push(`${a === b ? `L${a}` : `L${a}–L${b}`} ${label(layers[start])}`)
    start = i
  }
  return out
}

/**
 * The per-layer layout in compact form: "L0–L4 sliding(1024) · L5 full · ×10, then L60–L61
 * sliding(1024)" for a repeating pattern, runs of equal layers otherwise.
 */
export function compactLayers(layers: readonly LayerRow[], maxRuns = 24): string {
  if (layers.length === 0) return 'no layers'
  const period = findPeriod(layers)
  let parts: string[]
  if (period && period.length > 1) {
    const unit = runsOf(layers.slice(0, period.length), 0)
    const done = period.length * period.repeats
    const tail =
      layers.length > done ? `, then ${runsOf(layers.slice(done), done).join(' · ')}` : ''
    return `${unit.join(' · ')} · ×${period.repeats}${tail}`
  } else {
    parts = runsOf(layers, 0)
  }
  if (parts.length > maxRuns) {
    parts = [...parts.slice(0, maxRuns), `… ${parts.length - maxRuns} more runs`]
  }
  return parts.join(' · ')
}

/** The table's "window / pattern" cell: "1024 · 5 local : 1 global", "— · all full". */
export function windowCell(spec: SpecReport): string {
  const size =
    spec.slidingWindow ?? (spec.attentionChunk === null ? null : `chunk ${spec.attentionChunk}`)
  const words =
    spec.pattern.includes('sliding') && spec.pattern.includes('full')
      ? spec.pattern.replace(/\bsliding\b/g, 'local').replace(/\bfull\b/g, 'global')
      : spec.pattern
  return `${size ?? '—'} · ${words}`
}
