import type { ElementType } from './dtype.js'

export const LAYER_KINDS = [
  'full',
  'sliding',
  'chunked',
  'mla',
  'linear',
  'ssm',
  'conv',
  'hybrid',
  'shared',
  'none'
] as const
export type LayerKind = (typeof LAYER_KINDS)[number]

export type Tier = 1 | 2 | 3

/** One tensor of a recurrent layer's constant state. */
export interface StateTensor {
  name: 'conv' | 'recurrent'
  elements: number
  dtype: ElementType
}

export interface LayerSpec {
  index: number
  kind: LayerKind
  /** 0 for layers without a KV cache of their own. For MLA, 1. */
  kvHeads: number
  /** Per head; for MLA the latent width kv_lora_rank + qk_rope_head_dim. */
  headDim: number
  /** Sliding window or attention chunk, in tokens. */
  window: number | null
  tier: Tier
  /** The config key (JSON pointer), weight-index evidence or default behind this layer. */
  source: string
}

/**
 * One small type per cache kind, each owning its formula (after vLLM's kv_cache_interface.py):
 * how many bytes one token costs in this layer, and how many tokens the layer keeps at context L.
 */
interface CacheKind {
  bytesPerToken(layer: LayerSpec, dtype: ElementType): bigint
  tokensHeld(layer: LayerSpec, context: bigint): bigint
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)

/** K and V for every KV head. */
const keysAndValues = (layer: LayerSpec, dtype: ElementType): bigint =>
  BigInt(layer.kvHeads) * 2n * dtype.vectorBytes(layer.headDim)

const NO_CACHE: CacheKind = { bytesPerToken: () => 0n, tokensHeld: () => 0n }

export const CACHE_KINDS: Record<LayerKind, CacheKind> = {
  full: { bytesPerToken: keysAndValues, tokensHeld: (_, L) => L },
  sliding: { bytesPerToken: keysAndValues, tokensHeld: (l, L) => min(L, BigInt(l.window ?? 0)) },
  chunked: { bytesPerToken: keysAndValues, tokensHeld: (l, L) => min(L, BigInt(l.window ?? 0)) },
  // One latent per token, no K/V pair: (kv_lora_rank + qk_rope_head_dim) elements.
  mla: { bytesPerToken: (l, d) => d.vectorBytes(l.headDim), tokensHeld: (_, L) => L },
  hybrid: { bytesPerToken: keysAndValues, tokensHeld: (_, L) => L },
  linear: NO_CACHE,
  ssm: NO_CACHE,
  conv: NO_CACHE,
  shared: NO_CACHE,
  none: NO_CACHE
}

/** Layers that keep a constant recurrent state (every such layer of a model has the same shape). */
export function keepsState(kind: LayerKind): boolean {
  return kind === 'linear' || kind === 'ssm' || kind === 'conv' || kind === 'hybrid'
}

export function stateBytes(state: readonly StateTensor[]): bigint {
  let total = 0n
  for (const t of state) total += BigInt(t.elements) * BigInt(t.dtype.bytesPerElement)
  return total
}

export function ownsKvCache(kind: LayerKind): boolean {
  return (
    kind === 'full' ||
    kind === 'sliding' ||
    kind === 'chunked' ||
    kind === 'mla' ||
    kind === 'hybrid'
  )
}
