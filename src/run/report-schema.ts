import { z } from 'zod'
import { KV_DTYPES } from '../engine/cache/dtype.js'
import { LAYER_KINDS } from '../engine/cache/kinds.js'

/**
 * The JSON report as a schema: reports read back (shard merges, the fork-safe comment step) are
 * untrusted data and are validated here; schema/report.schema.json is generated from it.
 */
const size = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const bytes = size.nullable()
const text = (max: number) => z.string().max(max)
const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/)

export const FindingSchema = z.object({
  severity: z.enum(['error', 'warning', 'notice']),
  code: z.string().regex(/^[a-z0-9-]{1,64}$/),
  message: text(4000),
  // A pointer can be as long as the (at most 1 MiB) file's keys.
  pointer: text(2_200_000),
  line: size.min(1),
  column: size.min(1)
})

export const LayerSchema = z.object({
  index: size,
  kind: z.enum(LAYER_KINDS),
  kvHeads: size,
  headDim: size,
  window: size.nullable(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  source: text(4096)
})

export const ModelReportSchema = z.object({
  path: text(65_536),
  status: z.enum(['ok', 'invalid']),
  modelType: text(256).nullable(),
  spec: z
    .object({
      numLayers: size,
      kvHeads: size,
      headDim: size,
      slidingWindow: size.nullable(),
      attentionChunk: size.nullable(),
      pattern: text(1000),
      layers: z.array(LayerSchema).max(100_000)
    })
    .nullable(),
  memory: z
    .object({
      kvDtype: text(32),
      bytesPerElement: z.number().positive().max(16),
      kvBytesPerToken: bytes,
      stateBytes: bytes,
      at: z.record(
        z.string().regex(/^[1-9]\d{0,9}$/),
        z.object({ kv: bytes, state: bytes, total: bytes })
      )
    })
    .nullable(),
  findings: z.array(FindingSchema).max(10_000)
})

const OptionsSchema = z.object({
  contexts: z.array(size.min(1)).min(1).max(64),
  kvDtype: z.enum(KV_DTYPES),
  batch: size.min(1),
  primaryContext: size.min(1)
})

const GateSchema = z.object({
  failed: z.boolean(),
  failures: z.array(z.object({ path: text(65_536), reason: text(8000) }))
})

export const ScanReportSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('scan'),
  options: OptionsSchema,
  shard: z.object({ index: size.min(1), count: size.min(1) }).nullable(),
  models: z.array(ModelReportSchema),
  gate: GateSchema
})

export const DiffReportSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('diff'),
  options: OptionsSchema,
  base: z.object({ rev: text(256), sha }),
  head: z.object({ rev: text(256), sha }),
  changes: z.array(
    z.object({
      path: text(65_536),
      change: z.enum(['added', 'removed', 'modified', 'renamed']),
      previousPath: text(65_536).nullable(),
      base: ModelReportSchema.nullable(),
      head: ModelReportSchema.nullable()
    })
  ),
  gate: GateSchema
})

export const RunReportSchema = z.discriminatedUnion('kind', [ScanReportSchema, DiffReportSchema])
