import { MAX_CONFIG_BYTES } from '../engine/options.js'

/** What reading one file produced. Only `text` is ever parsed; everything else is a finding. */
export type FileContent =
  | { kind: 'text'; text: string; byteLength: number }
  /** The file, or a folder on its path, is a symlink: never followed. */
  | { kind: 'symlink' }
  | { kind: 'too-large'; byteLength: number }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }

export const WEIGHT_INDEX_NAME = 'model.safetensors.index.json'

/** The weight index that sits beside a config, for Tier 2. */
export function siblingWeightIndex(configPath: string): string {
  const slash = configPath.lastIndexOf('/')
  return slash === -1 ? WEIGHT_INDEX_NAME : `${configPath.slice(0, slash + 1)}${WEIGHT_INDEX_NAME}`
}

/** Weight indexes are larger than configs (a big MoE lists thousands of tensors). */
export const MAX_WEIGHT_INDEX_BYTES = 16 * 1024 * 1024

/** How much of a file any reader reads before calling it too large. */
export function readLimit(path: string): number {
  return path.endsWith(WEIGHT_INDEX_NAME) ? MAX_WEIGHT_INDEX_BYTES : MAX_CONFIG_BYTES
}
