import type { LayerSpec } from '../cache/kinds.js'

export interface Period {
  /** Layers in one repetition. */
  length: number
  /** Whole repetitions; a partial one may follow. */
  repeats: number
}

/** What makes two layers the same for pattern purposes. */
export type PatternLayer = Pick<LayerSpec, 'kind' | 'window' | 'kvHeads' | 'headDim'>

const same = (a: PatternLayer, b: PatternLayer): boolean =>
  a.kind === b.kind && a.window === b.window && a.kvHeads === b.kvHeads && a.headDim === b.headDim

/** The shortest repeating unit of the layer list, when it repeats at least twice. */
export function findPeriod(layers: readonly PatternLayer[]): Period | null {
  const n = layers.length
  for (let p = 1; p * 2 <= n; p++) {
    let ok = true
    for (let i = p; i < n && ok; i++) ok = same(layers[i], layers[i - p])
    if (ok) return { length: p, repeats: Math.floor(n / p) }
  }
  return null
}

/** Kinds in order of first appearance, with counts. */
function counts(layers: readonly PatternLayer[]): [string, number][] {
  const out = new Map<string, number>()
  for (const l of layers) out.set(l.kind, (out.get(l.kind) ?? 0) + 1)
  return [...out]
}

/**
 * A short name for the layout: "all full", "5 sliding : 1 full" (the repeating unit),
 * or overall counts "54 ssm · 10 full · 54 none" when nothing repeats.
 */
export function summarizePattern(layers: readonly PatternLayer[]): string {
  if (layers.length === 0) return 'no layers'
  const period = findPeriod(layers)
  if (period && period.length === 1) return `all ${layers[0].kind}`
  const unit = counts(period ? layers.slice(0, period.length) : layers)
  if (unit.length === 1) return `all ${unit[0][0]}`
  return unit.map(([kind, n]) => `${n} ${kind}`).join(period ? ' : ' : ' · ')
}
