import { expect } from 'vitest'
import type { LayerKind } from '../../src/engine/cache/kinds.js'
import type { ModelReport } from '../../src/engine/report.js'
import { codes, kinds } from './engine.js'

export interface ExpectedMemoryAt {
  kv: number
  state: number
  total: number
}

/** Every number here is derived by hand in the test that states it (never read off the engine). */
export interface ExpectedSpec {
  status?: 'ok' | 'invalid'
  numLayers: number
  kvHeads: number
  headDim: number
  slidingWindow: number | null
  attentionChunk: number | null
  kinds: LayerKind[]
  kvBytesPerToken: number
  /** memory.at, keyed by context length. */
  at: Record<string, ExpectedMemoryAt>
  /** Finding codes, in any order. */
  codes: string[]
}

/**
 * Soft assertions, so one run shows every field the engine gets wrong rather than the first.
 */
export function expectSpec(report: ModelReport, e: ExpectedSpec): void {
  expect.soft(report.status, 'status').toBe(e.status ?? 'ok')
  expect.soft([...codes(report)].sort(), 'finding codes').toEqual([...e.codes].sort())
  expect.soft(report.spec?.numLayers, 'numLayers').toBe(e.numLayers)
  expect.soft(report.spec?.kvHeads, 'kvHeads').toBe(e.kvHeads)
  expect.soft(report.spec?.headDim, 'headDim').toBe(e.headDim)
  expect.soft(report.spec?.slidingWindow, 'slidingWindow').toBe(e.slidingWindow)
  expect.soft(report.spec?.attentionChunk, 'attentionChunk').toBe(e.attentionChunk)
  expect.soft(kinds(report), 'layer kinds').toEqual(e.kinds)
  expect.soft(report.memory?.kvBytesPerToken, 'kvBytesPerToken').toBe(e.kvBytesPerToken)
  for (const [context, at] of Object.entries(e.at)) {
    expect.soft(report.memory?.at[context], `memory.at['${context}']`).toEqual(at)
  }
}
