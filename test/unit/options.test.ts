import { describe, expect, it } from 'vitest'
import {
  ACTION_DEFAULTS,
  ActionInputsSchema,
  analysisOptions,
  describeIssues,
  INPUT_NAMES,
  parseBytes,
  RunOptionsSchema,
  RUN_DEFAULTS
} from '../../src/options.js'

const parseRun = (overrides: Partial<typeof RUN_DEFAULTS>) =>
  RunOptionsSchema.parse({ ...RUN_DEFAULTS, ...overrides })

describe('option values', () => {
  it('reads sizes in decimal and binary units, exactly', () => {
    expect(parseBytes('4096')).toBe(4096n)
    expect(parseBytes('24GiB')).toBe(24n * 1024n ** 3n) // 25,769,803,776
    expect(parseBytes('1.5 GB')).toBe(1_500_000_000n)
    expect(parseBytes('256KiB')).toBe(262_144n)
    expect(parseBytes('0.5MiB')).toBe(524_288n)
    for (const bad of ['', 'GiB', '-1', '1e9', '12 parsecs', '1,000'])
      expect(parseBytes(bad), bad).toBeNull()
  })

  it('reads context lists with K/M suffixes, sorted and de-duplicated', () => {
    expect(parseRun({ contexts: '131072,4K, 32K,4096' }).contexts).toEqual([4096, 32768, 131072])
    expect(parseRun({ contexts: '1M' }).contexts).toEqual([1_048_576])
  })

  it('reads memory budgets, percentages and shards', () => {
    const o = parseRun({ maxMemory: '32768:24GiB\n128K:80GiB', maxIncrease: '25%', shard: '2/4' })
    expect(o.maxMemory).toEqual([
      { context: 32768, bytes: 24n * 1024n ** 3n },
      { context: 131072, bytes: 80n * 1024n ** 3n }
    ])
    expect(o.maxIncrease).toBe(25)
    expect(o.shard).toEqual({ index: 2, count: 4 })
  })

  it('computes at every context a budget or the primary column needs', () => {
    const o = parseRun({ contexts: '4096', primaryContext: '32768', maxMemory: '65536:1GiB' })
    expect(analysisOptions(o).contexts).toEqual([4096, 32768, 65536])
  })

  it('names the input in every error, one line each', () => {
    const result = ActionInputsSchema.safeParse({
      ...ACTION_DEFAULTS,
      token: 't',
      batch: '0',
      contexts: 'lots',
      kvDtype: 'int3',
      shard: '5/4',
      commentKey: 'has space'
    })
    expect(result.success).toBe(false)
    if (result.success) return
    const lines = describeIssues(result.error, INPUT_NAMES, 'Input').split('\n')
    expect(lines).toHaveLength(5)
    expect(lines.map((l) => /^Input "([a-z-]+)"/.exec(l)?.[1]).sort()).toEqual(
      ['batch-size', 'comment-key', 'context-lengths', 'kv-dtype', 'shard'].sort()
    )
  })
})
