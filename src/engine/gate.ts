import { deltaAt, totalAt, type ModelChange } from './changes.js'
import { SEVERITY_RANK } from './findings.js'
import type { ModelReport } from './report.js'

export interface MemoryBudget {
  context: number
  bytes: bigint
}

export interface GatePolicy {
  failOn: 'error' | 'warning' | 'never'
  maxKvBytesPerToken: bigint | null
  maxMemory: readonly MemoryBudget[]
  /** Largest allowed growth of total memory at the primary context, in percent. */
  maxIncreasePercent: number | null
  primaryContext: number
}

export interface GateFailure {
  path: string
  reason: string
}

export interface GateResult {
  failed: boolean
  failures: GateFailure[]
}

/** The models a gate looks at: every scanned model, or the head side of each change. */
export interface GateSubject {
  path: string
  head: ModelReport
  change: ModelChange | null
}

export function subjectsOfChanges(changes: readonly ModelChange[]): GateSubject[] {
  return changes.flatMap((c) => (c.head ? [{ path: c.path, head: c.head, change: c }] : []))
}

export function subjectsOfScan(models: readonly ModelReport[]): GateSubject[] {
  return models.map((m) => ({ path: m.path, head: m, change: null }))
}

/**
 * Fails closed: a model that could not be evaluated fails any budget it is subject to, and every
 * comparison is written so that a missing figure counts as a breach.
 */
export function evaluateGate(subjects: readonly GateSubject[], policy: GatePolicy): GateResult {
  const failures: GateFailure[] = []
  const hasBudget =
    policy.maxKvBytesPerToken !== null ||
    policy.maxMemory.length > 0 ||
    policy.maxIncreasePercent !== null
  for (const { path, head, change } of subjects) {
    const fail = (reason: string) => failures.push({ path, reason })
    if (policy.failOn !== 'never') {
      const threshold = SEVERITY_RANK[policy.failOn]
      const hits = head.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold)
      if (hits.length > 0) {
        const first = hits[0]
        const more = hits.length > 1 ? ` (and ${hits.length - 1} more)` : ''
        fail(`${first.severity} ${first.code} at line ${first.line}: ${first.message}${more}`)
      }
    }
    if (!hasBudget) continue
    if (head.status !== 'ok' || !head.memory) {
      if (policy.failOn === 'never')
        fail('could not be evaluated, so its memory budget cannot be checked')
      continue
    }
    const perToken = head.memory.kvBytesPerToken
    if (
      policy.maxKvBytesPerToken !== null &&
      !(perToken !== null && BigInt(perToken) <= policy.maxKvBytesPerToken)
    ) {
      fail(
        `KV bytes per token ${perToken ?? 'unknown'} exceed max-kv-bytes-per-token ${policy.maxKvBytesPerToken}`
      )
    }
    for (const budget of policy.maxMemory) {
      const total = totalAt(head, budget.context)
      if (!(total !== null && total <= budget.bytes)) {
        fail(
          `memory at ${budget.context} tokens is ${total ?? 'unknown'} bytes, over the ${budget.bytes}-byte budget`
        )
      }
    }
    if (policy.maxIncreasePercent !== null && change) {
      const delta = deltaAt(change, policy.primaryContext)
      if (
        delta &&
        delta.bytes > 0n &&
        !(delta.percent !== null && delta.percent <= policy.maxIncreasePercent)
      ) {
        fail(
          `memory at ${policy.primaryContext} tokens grows by ${delta.percent === null ? 'an unbounded share' : `${delta.percent.toFixed(1)}%`}, over max-increase ${policy.maxIncreasePercent}%`
        )
      }
    }
  }
  return { failed: failures.length > 0, failures }
}

/** The configs that fail, each once however many of its checks failed. */
export function failingPaths(gate: GateResult): Set<string> {
  return new Set(gate.failures.map((f) => f.path))
}
