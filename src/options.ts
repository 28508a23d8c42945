import { z } from 'zod'
import { KV_DTYPES } from './engine/cache/dtype.js'
import type { GatePolicy, MemoryBudget } from './engine/gate.js'
import type { AnalysisOptions } from './engine/options.js'
import type { ReportOptions, Shard } from './engine/run.js'
import { splitList } from './io/glob.js'

/**
 * Every option of the Action and the CLI, parsed once, here. Each schema takes the raw string an
 * input or flag carries; defaults live here too, not in action.yml.
 */

const MAX_CONTEXT = 1 << 30

/** "32768", "32K", "1M" (K and M are 1024-based, as context lengths are usually written). */
function tokens(value: string): number | null {
  const m = /^(\d+)\s*([kKmM]?)$/.exec(value.trim())
  if (!m) return null
  const n = Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1024 : 1024 * 1024)
  return Number.isSafeInteger(n) && n > 0 && n <= MAX_CONTEXT ? n : null
}

const BYTE_UNITS: Record<string, bigint> = {
  '': 1n,
  b: 1n,
  kb: 1000n,
  mb: 1000n ** 2n,
  gb: 1000n ** 3n,
  tb: 1000n ** 4n,
  kib: 1024n,
  mib: 1024n ** 2n,
  gib: 1024n ** 3n,
  tib: 1024n ** 4n
}

/** "24GiB", "1.5 GB", "4096" → exact bytes (fractions round down). */
export function parseBytes(value: string): bigint | null {
  const m = /^(\d+)(?:\.(\d+))?\s*([a-zA-Z]*)$/.exec(value.trim())
  if (!m) return null
  const unit = BYTE_UNITS[m[3].toLowerCase()]
  if (unit === undefined) return null
  const fraction = m[2] ?? ''
  const scale = 10n ** BigInt(fraction.length)
  return (BigInt(m[1] + fraction) * unit) / scale
}

const issue = (ctx: z.RefinementCtx, message: string): never => {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

export const contextsSchema = z.string().transform((value, ctx) => {
  const parts = splitList(value)
  const parsed = parts.map(tokens)
  if (parts.length === 0 || parsed.some((n) => n === null)) {
    return issue(ctx, `expected token counts like "4096,32768,131072" or "4K,32K", got "${value}"`)
  }
  return [...new Set(parsed as number[])].sort((a, b) => a - b)
})

export const tokensSchema = z
  .string()
  .transform(
    (value, ctx) =>
      tokens(value) ?? issue(ctx, `expected a token count like 32768 or 32K, got "${value}"`)
  )

export const kvDtypeSchema = z.enum(KV_DTYPES, {
  message: `expected one of ${KV_DTYPES.join(', ')}`
})

export const batchSchema = z.string().transform((value, ctx) => {
  const n = Number(value.trim())
  return Number.isSafeInteger(n) && n >= 1 && n <= 1_000_000
    ? n
    : issue(ctx, `expected a whole number of sequences ≥ 1, got "${value}"`)
})

export const failOnSchema = z.enum(['error', 'warning', 'never'], {
  message: 'expected error, warning or never'
})

export const optionalBytesSchema = z.string().transform((value, ctx) => {
  if (value.trim() === '') return null
  return parseBytes(value) ?? issue(ctx, `expected a size like 65536 or 512KiB, got "${value}"`)
})

export const memoryBudgetsSchema = z.string().transform((value, ctx): MemoryBudget[] => {
  const budgets: MemoryBudget[] = []
  for (const part of splitList(value)) {
    const [context, size] = part.split(':')
    const n = context === undefined ? null : tokens(context)
    const bytes = size === undefined ? null : parseBytes(size)
    if (n === null || bytes === null)
      return issue(ctx, `expected "<context>:<size>" like "32768:24GiB", got "${part}"`)
    budgets.push({ context: n, bytes })
  }
  return budgets
})

export const percentSchema = z.string().transform((value, ctx) => {
  if (value.trim() === '') return null
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim())
  return m ? Number(m[1]) : issue(ctx, `expected a percentage like 25%, got "${value}"`)
})

export const shardSchema = z.string().transform((value, ctx): Shard | null => {
  if (value.trim() === '') return null
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim())
  const index = m ? Number(m[1]) : 0
  const count = m ? Number(m[2]) : 0
  if (!m || count < 1 || index < 1 || index > count || count > 10_000) {
    return issue(ctx, `expected "i/n" with 1 ≤ i ≤ n, like "2/4", got "${value}"`)
  }
  return { index, count }
})

export const globsSchema = z.string().transform((value) => splitList(value))

/** Options shared by `cachespec scan|diff` and the Action. */
export const RunOptionsSchema = z.object({
  paths: globsSchema,
  exclude: globsSchema,
  contexts: contextsSchema,
  primaryContext: tokensSchema,
  kvDtype: kvDtypeSchema,
  batch: batchSchema,
  failOn: failOnSchema,
  maxKvBytesPerToken: optionalBytesSchema,
  maxMemory: memoryBudgetsSchema,
  maxIncrease: percentSchema,
  shard: shardSchema
})
export type RunOptions = z.output<typeof RunOptionsSchema>

export const RUN_DEFAULTS: Record<keyof z.input<typeof RunOptionsSchema>, string> = {
  paths: '**/config.json',
  exclude: '',
  contexts: '4096,32768,131072',
  primaryContext: '32768',
  kvDtype: 'auto',
  batch: '1',
  failOn: 'error',
  maxKvBytesPerToken: '',
  maxMemory: '',
  maxIncrease: '',
  shard: ''
}

/** The Action's own inputs, on top of the run options. */
export const ActionInputsSchema = RunOptionsSchema.extend({
  token: z.string().min(1, 'a token is required (the default is the workflow token)'),
  comment: z.enum(['always', 'on-change', 'never'], {
    message: 'expected always, on-change or never'
  }),
  commentKey: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"'),
  mode: z.enum(['auto', 'report', 'comment'], { message: 'expected auto, report or comment' }),
  reportPath: z.string()
})
export type ActionInputs = z.output<typeof ActionInputsSchema>

export const ACTION_DEFAULTS: Record<
  Exclude<keyof z.input<typeof ActionInputsSchema>, 'token'>,
  string
> = {
  ...RUN_DEFAULTS,
  comment: 'on-change',
  commentKey: 'default',
  mode: 'auto',
  reportPath: 'cachespec-report.json'
}

/** The Action input (and CLI flag) each option is set by, for error messages. */
export const INPUT_NAMES: Record<string, string> = {
  paths: 'paths',
  exclude: 'exclude',
  contexts: 'context-lengths',
  primaryContext: 'primary-context',
  kvDtype: 'kv-dtype',
  batch: 'batch-size',
  failOn: 'fail-on',
  maxKvBytesPerToken: 'max-kv-bytes-per-token',
  maxMemory: 'max-memory',
  maxIncrease: 'max-increase',
  shard: 'shard',
  token: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  mode: 'mode',
  reportPath: 'report-path'
}

/** One line per problem, naming the input: `Input "batch-size": expected a whole number…`. */
export function describeIssues(
  error: z.ZodError,
  names: Record<string, string>,
  kind: string
): string {
  return error.issues
    .map((i) => {
      const key = String(i.path[0] ?? '')
      return `${kind} "${names[key] ?? key}": ${i.message}`
    })
    .join('\n')
}

/** The contexts a run computes: the requested ones plus any a budget or the primary context needs. */
export function analysisOptions(o: RunOptions): AnalysisOptions {
  const contexts = new Set([...o.contexts, o.primaryContext, ...o.maxMemory.map((b) => b.context)])
  return { contexts: [...contexts].sort((a, b) => a - b), kvDtype: o.kvDtype, batch: o.batch }
}

export function reportOptions(o: RunOptions): ReportOptions {
  return {
    ...analysisOptions(o),
    contexts: [...analysisOptions(o).contexts],
    primaryContext: o.primaryContext
  }
}

export function gatePolicy(o: RunOptions): GatePolicy {
  return {
    failOn: o.failOn,
    maxKvBytesPerToken: o.maxKvBytesPerToken,
    maxMemory: o.maxMemory,
    maxIncreasePercent: o.maxIncrease,
    primaryContext: o.primaryContext
  }
}
