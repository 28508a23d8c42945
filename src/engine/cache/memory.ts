import type { ElementType } from './dtype.js'
import { CACHE_KINDS, keepsState, stateBytes, type LayerSpec, type StateTensor } from './kinds.js'

export interface MemoryAt {
  kv: bigint
  state: bigint
  total: bigint
}

export interface Memory {
  /** Per token and sequence, over every layer that owns a KV cache (sliding and chunked too). */
  kvBytesPerToken: bigint
  /** Per sequence, independent of context length. */
  stateBytes: bigint
  /** Per context length, for the whole batch. */
  at: Map<number, MemoryAt>
}

/**
 * Exact integer arithmetic: full and MLA layers hold L tokens, sliding layers min(L, W), chunked
 * layers min(L, C); recurrent layers add a constant state. Everything is multiplied by the batch.
 * Layers that cost the same are counted together, so the work does not grow with the depth.
 */
export function computeMemory(
  layers: readonly LayerSpec[],
  state: readonly StateTensor[],
  kvType: ElementType,
  contexts: readonly number[],
  batch: number
): Memory {
  // Real models have a handful of distinct layer shapes; a short list beats keyed lookups.
  const groups: { layer: LayerSpec; count: bigint; perToken: bigint }[] = []
  let stateLayers = 0n
  for (const layer of layers) {
    if (keepsState(layer.kind)) stateLayers++
    const group = groups.find(
      (g) =>
        g.layer.kind === layer.kind &&
        g.layer.window === layer.window &&
        g.layer.kvHeads === layer.kvHeads &&
        g.layer.headDim === layer.headDim
    )
    if (group) group.count++
    else
      groups.push({
        layer,
        count: 1n,
        perToken: CACHE_KINDS[layer.kind].bytesPerToken(layer, kvType)
      })
  }
  let kvBytesPerToken = 0n
  for (const g of groups) kvBytesPerToken += g.perToken * g.count
  const perSequenceState = stateBytes(state) * stateLayers
  const b = BigInt(batch)
  const at = new Map<number, MemoryAt>()
  for (const context of contexts) {
    const L = BigInt(context)
    let kv = 0n
    for (const g of groups.values())
      kv += g.perToken * g.count * CACHE_KINDS[g.layer.kind].tokensHeld(g.layer, L)
    at.set(context, { kv: kv * b, state: perSequenceState * b, total: (kv + perSequenceState) * b })
  }
  return { kvBytesPerToken, stateBytes: perSequenceState, at }
}
