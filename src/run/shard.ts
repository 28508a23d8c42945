import type { Shard } from '../engine/run.js'

/** FNV-1a: a path's shard never changes as other files come and go. */
function hash(path: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

export function inShard(path: string, shard: Shard | null): boolean {
  return shard === null || hash(path) % shard.count === shard.index - 1
}
