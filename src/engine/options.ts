import type { KvDtypeOption } from './cache/dtype.js'

export interface AnalysisOptions {
  /** Context lengths in tokens, ascending, distinct. */
  contexts: readonly number[]
  kvDtype: KvDtypeOption
  /** Concurrent sequences. */
  batch: number
}

export const DEFAULT_CONTEXTS: readonly number[] = [4096, 32768, 131072]

export const DEFAULT_OPTIONS: AnalysisOptions = {
  contexts: DEFAULT_CONTEXTS,
  kvDtype: 'auto',
  batch: 1
}

/** Files this large are not model configs (the largest real ones are a few KiB). */
export const MAX_CONFIG_BYTES = 1024 * 1024
