import { describe, expect, it } from 'vitest'
import type { ModelChange } from '../../src/engine/changes.js'
import {
  evaluateGate,
  subjectsOfChanges,
  subjectsOfScan,
  type GatePolicy
} from '../../src/engine/gate.js'
import type { ModelReport } from '../../src/engine/report.js'
import { analyzeFixture, analyzeText } from '../support/engine.js'

const policy = (p: Partial<GatePolicy> = {}): GatePolicy => ({
  failOn: 'error',
  maxKvBytesPerToken: null,
  maxMemory: [],
  maxIncreasePercent: null,
  primaryContext: 32768,
  ...p
})

// Llama-3.1-8B: 131,072 B/token (32 layers × 8 kv × 2 × 128 × 2 B); 4 GiB at 32,768 tokens.
const llama = analyzeFixture('corpus/meta-llama--Llama-3.1-8B-Instruct')
const broken: ModelReport = analyzeText('{"model_type": "llama", "num_hidden_layers": "32"}')

describe('the gate', () => {
  it('passes clean models and fails on error findings', () => {
    expect(evaluateGate(subjectsOfScan([llama]), policy()).failed).toBe(false)
    const r = evaluateGate(subjectsOfScan([llama, broken]), policy())
    expect(r.failed).toBe(true)
    expect(r.failures.map((f) => f.path)).toEqual(['config.json'])
    expect(r.failures[0].reason).toMatch(/^error invalid-size at line 1/)
  })

  it('fails on warnings only with fail-on: warning', () => {
    const dup = analyzeText(
      JSON.stringify({ model_type: 'llama' }).replace(
        '{',
        '{"hidden_size": 4096, "hidden_size": 4096,'
      )
    )
    expect(dup.findings.map((f) => f.code)).toContain('duplicate-key')
    expect(evaluateGate(subjectsOfScan([dup]), policy()).failed).toBe(false)
    expect(evaluateGate(subjectsOfScan([dup]), policy({ failOn: 'warning' })).failed).toBe(true)
  })

  it('checks budgets exactly at the boundary', () => {
    expect(
      evaluateGate(subjectsOfScan([llama]), policy({ maxKvBytesPerToken: 131_072n })).failed
    ).toBe(false)
    expect(
      evaluateGate(subjectsOfScan([llama]), policy({ maxKvBytesPerToken: 131_071n })).failed
    ).toBe(true)
    const fourGiB = 4n * 1024n ** 3n
    expect(
      evaluateGate(
        subjectsOfScan([llama]),
        policy({ maxMemory: [{ context: 32768, bytes: fourGiB }] })
      ).failed
    ).toBe(false)
    expect(
      evaluateGate(
        subjectsOfScan([llama]),
        policy({ maxMemory: [{ context: 32768, bytes: fourGiB - 1n }] })
      ).failed
    ).toBe(true)
  })

  it('fails closed: a model it cannot evaluate breaks every budget, even with fail-on: never', () => {
    const r = evaluateGate(
      subjectsOfScan([broken]),
      policy({ failOn: 'never', maxKvBytesPerToken: 10n ** 12n })
    )
    expect(r.failed).toBe(true)
    expect(r.failures[0].reason).toMatch(/could not be evaluated/)
    // No budget and fail-on never: nothing to enforce.
    expect(evaluateGate(subjectsOfScan([broken]), policy({ failOn: 'never' })).failed).toBe(false)
  })

  it('limits growth with max-increase, and never calls an added model a +100% growth', () => {
    const doubled = analyzeText(
      JSON.stringify({ model_type: 'llama', torch_dtype: 'bfloat16', num_key_value_heads: 16 })
    )
    const grown: ModelChange = {
      path: 'm/config.json',
      change: 'modified',
      previousPath: null,
      base: llama,
      head: doubled
    }
    // 8 → 16 KV heads doubles 4 GiB to 8 GiB: +100%.
    expect(
      evaluateGate(subjectsOfChanges([grown]), policy({ maxIncreasePercent: 100 })).failed
    ).toBe(false)
    expect(
      evaluateGate(subjectsOfChanges([grown]), policy({ maxIncreasePercent: 99.9 })).failed
    ).toBe(true)
    const added: ModelChange = { ...grown, change: 'added', base: null }
    expect(evaluateGate(subjectsOfChanges([added]), policy({ maxIncreasePercent: 0 })).failed).toBe(
      false
    )
  })
})
