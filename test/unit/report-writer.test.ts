import { describe, expect, it } from 'vitest'
import type { ModelChange } from '../../src/engine/changes.js'
import type { DiffReport, ScanReport } from '../../src/engine/run.js'
import { keep, ReportWriter } from '../../src/run/report-writer.js'
import { analyzeFixture } from '../support/engine.js'

const gate = { failed: false, failures: [] }
const options = {
  contexts: [4096, 32768],
  kvDtype: 'auto' as const,
  batch: 1,
  primaryContext: 32768
}
const llama = analyzeFixture('corpus/meta-llama--Llama-3.1-8B-Instruct')
const gemma = analyzeFixture('corpus/google--gemma-3-27b-it')

function written(
  fn: (w: ReportWriter) => void,
  h: ConstructorParameters<typeof ReportWriter>[1]
): string {
  let text = ''
  const w = new ReportWriter((chunk) => (text += chunk), h)
  fn(w)
  return text
}

describe('the streamed JSON report', () => {
  it('is the whole report, one model per line, empty or not', () => {
    const header = { schemaVersion: 1 as const, kind: 'scan' as const, options, shard: null }
    for (const models of [[], [llama], [llama, gemma]]) {
      const full: ScanReport = { ...header, models, gate }
      const text = written((w) => {
        for (const m of models) w.add(m)
        w.finish(gate)
      }, header)
      expect(JSON.parse(text)).toEqual(full)
      expect(text.split('\n')).toHaveLength(models.length === 0 ? 2 : models.length + 3)
    }
  })

  it('streams diffs the same way', () => {
    const header = {
      schemaVersion: 1 as const,
      kind: 'diff' as const,
      options,
      base: { rev: 'main', sha: 'a'.repeat(40) },
      head: { rev: 'pr', sha: 'b'.repeat(40) }
    }
    const change: ModelChange = {
      path: 'm/config.json',
      change: 'modified',
      previousPath: null,
      base: llama,
      head: gemma
    }
    const full: DiffReport = { ...header, changes: [change], gate }
    const text = written((w) => {
      w.add(change)
      w.finish(gate)
    }, header)
    expect(JSON.parse(text)).toEqual(full)
    expect(text.split('\n')[1]).toBe(JSON.stringify(change))
  })

  it('keeps a model without its per-layer rows but with their layout', () => {
    const kept = keep(gemma)
    expect(kept.spec?.layers).toEqual([])
    // Gemma 3 27B: 62 layers, globals every 6th from layer 5, so ten units of five local and one
    // global, then layers 60 and 61 local.
    expect(kept.layout?.compact).toBe(
      'L0–L4 sliding(1024) · L5 full · ×10, then L60–L61 sliding(1024)'
    )
    expect(kept.layout?.kvHeads).toEqual([16, 16])
    expect(kept.memory).toEqual(gemma.memory)
  })
})
