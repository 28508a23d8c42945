import type { ElementType } from './dtype.js'
import { CACHE_KINDS, stateBytes, type LayerSpec } from './kinds.js'

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
 */
export function computeMemory(
  layers: readonly LayerSpec[],
  kvType: ElementType,
  contexts: readonly number[],
  batch: number
): Memory {
  const perToken = layers.map((l) => CACHE_KINDS[l.kind].bytesPerToken(l, kvType))
  const kvBytesPerToken = perToken.reduce((a, b) => a + b, 0n)
  const state = layers.reduce((sum, l) => sum + stateBytes(l), 0n)
  const b = BigInt(batch)
  const at = new Map<number, MemoryAt>()
  for (const context of contexts) {
    const L = BigInt(context)
    let kv = 0n
    for (const [i, layer] of layers.entries()) {
      kv += perToken[i] * CACHE_KINDS[layer.kind].tokensHeld(layer, L)
    }
    at.set(context, { kv: kv * b, state: state * b, total: (kv + state) * b })
  }
  return { kvBytesPerToken, stateBytes: state, at }
}
