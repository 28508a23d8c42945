import { findPeriod } from '../engine/layers/pattern.js'
import type { LayerRow, ModelReport, SpecReport } from '../engine/report.js'

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

/** Layers grouped by the key that decided them (per-index pointers like /layer_types/5 fold). */
export interface SourceGroup {
  tier: number
  source: string
  count: number
  kinds: [string, number][]
}

export function sourceGroups(layers: readonly LayerRow[]): SourceGroup[] {
  const groups = new Map<
    string,
    { tier: number; source: string; count: number; kinds: Map<string, number> }
  >()
  let lastRaw = ''
  let lastFolded = ''
  for (const l of layers) {
    // Neighbouring layers usually share a source; fold each distinct one once.
    if (l.source !== lastRaw) {
      lastRaw = l.source
      lastFolded = foldIndex(l.source)
    }
    const key = `${l.tier}\u0000${lastFolded}`
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { tier: l.tier, source: lastFolded, count: 0, kinds: new Map() }))
    g.count++
    g.kinds.set(l.kind, (g.kinds.get(l.kind) ?? 0) + 1)
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .map((g) => ({ tier: g.tier, source: g.source, count: g.count, kinds: [...g.kinds] }))
}

/** "/layer_types/5" → "/layer_types"; "…pattern [5] = M" → "…pattern". */
function foldIndex(source: string): string {
  let end = source.length
  while (end > 0 && source.charCodeAt(end - 1) >= 0x30 && source.charCodeAt(end - 1) <= 0x39) end--
  if (end < source.length && source[end - 1] === '/') return source.slice(0, end - 1)
  return source.replace(/ \[\d+\] = .$/, '')
}

/** What the renderers show of a model's layers, small enough to keep for every model of a large scan. */
export interface Layout {
  compact: string
  sources: SourceGroup[]
  /** Lowest and highest over the layers with their own cache (they vary in OpenELM, Gemma 4). */
  kvHeads: [number, number] | null
  headDim: [number, number] | null
}

function range(values: number[]): [number, number] | null {
  let lo = Infinity
  let hi = 0
  for (const v of values) {
    if (v <= 0) continue
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  return hi === 0 ? null : [lo, hi]
}

export function describeLayout(layers: readonly LayerRow[]): Layout {
  return {
    compact: compactLayers(layers, 64),
    sources: sourceGroups(layers).slice(0, 9),
    kvHeads: range(layers.map((l) => l.kvHeads)),
    headDim: range(layers.map((l) => l.headDim))
  }
}

/** Reports kept for large runs drop their per-layer rows and carry their layout instead. */
export interface WithLayout {
  layout?: Layout
}

export function layoutOf(model: ModelReport & WithLayout): Layout {
  return model.layout ?? describeLayout(model.spec?.layers ?? [])
}
