import type { Finding } from './findings.js'

/**
 * The JSON contract (schemaVersion 1, schema/report.schema.json). Byte counts are exact integers;
 * a count beyond Number.MAX_SAFE_INTEGER is null, with a memory-overflow finding.
 */
export type { LayerSpec as LayerRow } from './cache/kinds.js'
import type { LayerSpec as LayerRow } from './cache/kinds.js'

export interface SpecReport {
  numLayers: number
  kvHeads: number
  headDim: number
  slidingWindow: number | null
  attentionChunk: number | null
  pattern: string
  layers: LayerRow[]
}

export interface MemoryAtReport {
  kv: number | null
  state: number | null
  total: number | null
}

export interface MemoryReport {
  kvDtype: string
  bytesPerElement: number
  kvBytesPerToken: number | null
  stateBytes: number | null
  at: Record<string, MemoryAtReport>
}

export interface ModelReport {
  path: string
  status: 'ok' | 'invalid'
  modelType: string | null
  spec: SpecReport | null
  memory: MemoryReport | null
  findings: Finding[]
}
