import type { Shard } from '../engine/run.js'

/**
 * FNV-1a with murmur3's finalizer (plain FNV-1a's low bits are weak: with 2 shards a path's shard
 * would depend only on the parity of its odd characters). A path's shard never changes as other
 * files come and go.
 */
function hash(path: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function inShard(path: string, shard: Shard | null): boolean {
  return shard === null || hash(path) % shard.count === shard.index - 1
}
