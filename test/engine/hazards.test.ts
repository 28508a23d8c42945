/**
 * Parser and engine hazards (issue 4, threats T13–T20): prototype keys, duplicate keys, BOM,
 * comments, deep nesting, huge files and every kind of bad number in the size fields. Each must
 * give a typed finding with a line, never a throw and never a wrong number; a config that could
 * not be evaluated is 'invalid' with no memory figures, and the gate fails closed on it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeConfig } from '../../src/engine/analyze.js'
import type { Finding } from '../../src/engine/findings.js'
import { evaluateGate, subjectsOfChanges, subjectsOfScan } from '../../src/engine/gate.js'
import { DEFAULT_OPTIONS, MAX_CONFIG_BYTES } from '../../src/engine/options.js'
import { parseJson } from '../../src/engine/parse/json.js'
import type { ModelReport } from '../../src/engine/report.js'
import type { ScanReport } from '../../src/engine/run.js'
import { renderMarkdown, SUMMARY_BUDGET } from '../../src/render/markdown.js'
import { renderExplain, renderTerminal } from '../../src/render/terminal.js'
import { analyzeText, codes, fixtureText } from '../support/engine.js'
import { OPTIONS, policy } from '../support/hostile-reports.js'
import {
  HAZARD_LITERALS,
  mutatedConfig,
  numbersIn,
  REAL_CONFIGS,
  sitesOf
} from '../support/mutate.js'

const LLAMA_TEXT = fixtureText('corpus/meta-llama--Llama-3.1-8B-Instruct/config.json')

/** 1-based line of the first occurrence of `needle` (a key, quoted) in `text`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from)
  if (at === -1) throw new Error(`${needle} not in text`)
  return text.slice(0, at).split(/\r\n|\r|\n/).length
}

function findingsWith(report: ModelReport, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code)
}

/** The report could not be evaluated: invalid, no memory, and an error finding says why. */
function expectInvalid(report: ModelReport): void {
  expect(report.status).toBe('invalid')
  expect(report.memory).toBeNull()
  expect(report.findings.some((f) => f.severity === 'error')).toBe(true)
}

/** The gate fails closed on a model it could not evaluate, whatever the policy asks for. */
function expectGateFailsClosed(report: ModelReport): void {
  const scan = subjectsOfScan([report])
  expect(evaluateGate(scan, policy()).failed).toBe(true)
  expect(evaluateGate(scan, policy({ failOn: 'warning' })).failed).toBe(true)
  // Findings ignored, but a budget it cannot be checked against still fails.
  expect(
    evaluateGate(
      scan,
      policy({ failOn: 'never', maxMemory: [{ context: 32768, bytes: 1n << 60n }] })
    ).failed
  ).toBe(true)
  expect(
    evaluateGate(scan, policy({ failOn: 'never', maxKvBytesPerToken: 1n << 60n })).failed
  ).toBe(true)
  // As the head of a modified config, with a growth budget only.
  const change = {
    path: report.path,
    change: 'modified' as const,
    previousPath: null,
    base: analyzeText(LLAMA_TEXT),
    head: report
  }
  expect(
    evaluateGate(subjectsOfChanges([change]), policy({ failOn: 'never', maxIncreasePercent: 1000 }))
      .failed
  ).toBe(true)
}

/** Every finding points at a real place: integer line and column ≥ 1, line within the text. */
function expectLocated(report: ModelReport, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length
  for (const f of report.findings) {
    expect(
      Number.isInteger(f.line) && f.line >= 1 && f.line <= lines,
      `${f.code} line ${f.line} of ${lines}`
    ).toBe(true)
    expect(Number.isInteger(f.column) && f.column >= 1, `${f.code} column ${f.column}`).toBe(true)
  }
}

/** No NaN, no Infinity, no unsafe integer anywhere in the report, so its JSON has no exponent. */
function expectExactNumbers(report: unknown): void {
  for (const n of numbersIn(report)) {
    expect(Number.isFinite(n), `non-finite ${n}`).toBe(true)
    // bytesPerElement is the one fractional figure (mlx-q8 1.0625, mlx-q4 0.5625); all else is whole.
    if (!Number.isInteger(n)) expect([0.5625, 1.0625]).toContain(n)
    else expect(Number.isSafeInteger(n), `unsafe ${n}`).toBe(true)
    expect(JSON.stringify(n)).not.toMatch(/e/i)
  }
}

describe('prototype keys (T13)', () => {
  const places: [string, string][] = [
    [
      'at the top level',
      LLAMA_TEXT.replace(
        '"model_type": "llama",',
        '"model_type": "llama",\n    "__proto__": {"polluted": 1, "num_hidden_layers": 2},'
      )
    ],
    [
      'constructor.prototype',
      LLAMA_TEXT.replace(
        '"model_type": "llama",',
        '"model_type": "llama",\n    "constructor": {"prototype": {"polluted": 1}},'
      )
    ],
    [
      'inside rope_scaling',
      LLAMA_TEXT.replace('"factor": 8.0,', '"factor": 8.0,\n      "prototype": {"polluted": 1},')
    ],
    [
      'inside a nested text_config',
      fixtureText('corpus/google--gemma-3-27b-it/config.json').replace(
        '"head_dim": 128,',
        '"head_dim": 128,\n    "__proto__": {"polluted": 1},'
      )
    ],
    [
      'inside an object in a list',
      LLAMA_TEXT.replace(
        '"eos_token_id": [',
        '"eos_token_id": [\n      {"__proto__": {"polluted": 1}},'
      )
    ]
  ]

  it.each(places)('%s: an error finding on its line, never merged', (_where, text) => {
    const report = analyzeText(text)
    const forbidden = findingsWith(report, 'forbidden-key')
    // Every forbidden key in the text is reported on its own line, as an error.
    const keys = [...text.matchAll(/"(__proto__|constructor|prototype)"/g)]
    expect(keys.length).toBeGreaterThanOrEqual(1)
    expect(forbidden).toHaveLength(keys.length)
    for (const k of keys) {
      const line = text.slice(0, k.index).split('\n').length
      expect(
        forbidden.some(
          (f) => f.severity === 'error' && f.line === line && f.pointer.endsWith(`/${k[1]}`)
        )
      ).toBe(true)
    }
    expectInvalid(report)
    expectGateFailsClosed(report)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(JSON.stringify(report)).not.toContain('"polluted"')
  })

  it('a parsed object never exposes the key (property: any depth)', () => {
    const objects = sitesOf(LLAMA_TEXT).filter((s) => s.kind === 'object')
    fc.assert(
      fc.property(
        fc.nat({ max: objects.length - 1 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.json({ maxDepth: 2 }),
        (site, key, value) => {
          const at = objects[site].end
          const text = `${LLAMA_TEXT.slice(0, at)}"${key}": ${value}, ${LLAMA_TEXT.slice(at)}`
          const report = analyzeText(text)
          const forbidden = findingsWith(report, 'forbidden-key')
          expect(forbidden.map((f) => f.line)).toContain(lineOf(text, `"${key}"`, at - 1))
          expectInvalid(report)
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          // Nothing from the value reached the spec: the parse tree has no such member.
          const root = parseJson(text).root
          expect(root?.type === 'object' && root.members.has(key)).toBe(false)
        }
      ),
      { numRuns: 100 }
    )
  })
})

describe('duplicate keys (T17)', () => {
  it('a warning at the second occurrence, and the last value is the one used (as Python)', () => {
    const text = LLAMA_TEXT.replace(
      '"vocab_size": 128256',
      '"vocab_size": 128256,\n    "num_hidden_layers": 2'
    )
    const report = analyzeText(text)
    const dup = findingsWith(report, 'duplicate-key')
    expect(dup).toHaveLength(1)
    expect(dup[0].severity).toBe('warning')
    const first = lineOf(text, '"num_hidden_layers"')
    const second = lineOf(text, '"num_hidden_layers"', text.indexOf('"num_hidden_layers"') + 1)
    expect(second).toBeGreaterThan(first)
    expect(dup[0].line).toBe(second)
    expect(dup[0].pointer).toBe('/num_hidden_layers')
    expect(report.status).toBe('ok')
    expect(report.spec?.numLayers).toBe(2)
    // 2 layers × 8 KV heads × 2 × 128 × 2 B = 8,192 B per token.
    expect(report.memory?.kvBytesPerToken).toBe(8192)
    // A reviewer may have read 32: --fail-on warning stops it.
    expect(evaluateGate(subjectsOfScan([report]), policy({ failOn: 'warning' })).failed).toBe(true)
  })

  it('a nested duplicate is found in its own object', () => {
    const text = fixtureText('corpus/google--gemma-3-27b-it/config.json').replace(
      '"sliding_window": 1024',
      '"sliding_window": 1024,\n    "sliding_window": 512'
    )
    const report = analyzeText(text)
    const dup = findingsWith(report, 'duplicate-key')
    expect(dup).toHaveLength(1)
    expect(dup[0].pointer).toBe('/text_config/sliding_window')
    expect(dup[0].line).toBe(lineOf(text, '"sliding_window": 512'))
    expect(report.spec?.slidingWindow).toBe(512)
  })
})

describe('BOM, comments, trailing commas (T18)', () => {
  it('one leading BOM changes nothing, not even columns', () => {
    for (const { name, text } of REAL_CONFIGS) {
      const plain = analyzeText(text)
      const bom = analyzeText(`\ufeff${text}`)
      expect(bom, name).toEqual(plain)
    }
  })

  it('a BOM before a broken file still points at the right column', () => {
    const broken = '{"model_type": "llama",, "x": 1}'
    const [plain] = analyzeText(broken).findings
    const [withBom] = analyzeText(`\ufeff${broken}`).findings
    expect(withBom).toEqual(plain)
    expect(plain.line).toBe(1)
    expect(plain.column).toBe(broken.indexOf(',,') + 2)
  })

  const comments: [string, string, string][] = [
    [
      'a line comment',
      LLAMA_TEXT.replace('"hidden_act": "silu",', '"hidden_act": "silu", // SiLU'),
      '// SiLU'
    ],
    [
      'a block comment',
      LLAMA_TEXT.replace('"hidden_act": "silu",', '/* activation */ "hidden_act": "silu",'),
      '/* activation */'
    ],
    ['a comment before the document', `// header\n${LLAMA_TEXT}`, '// header']
  ]
  it.each(comments)('%s is an error at its line and column', (_name, text, comment) => {
    const report = analyzeText(text)
    const [f] = report.findings
    expect(f.code).toBe('invalid-json')
    expect(f.severity).toBe('error')
    const at = text.indexOf(comment)
    expect(f.line).toBe(lineOf(text, comment))
    expect(f.column).toBe(at - text.lastIndexOf('\n', at - 1))
    expect(f.message).toMatch(/comment/i)
    expectInvalid(report)
    expectGateFailsClosed(report)
  })

  it('a trailing comma is an error at the comma', () => {
    const text = LLAMA_TEXT.replace('"vocab_size": 128256', '"vocab_size": 128256,')
    const report = analyzeText(text)
    expect(report.findings.map((f) => [f.code, f.line])).toEqual([
      ['invalid-json', lineOf(text, '"vocab_size"')]
    ])
    expectInvalid(report)
  })
})

describe('deep nesting (T15) and huge files (T14)', () => {
  const deep: [string, string, number][] = [
    // The 101st opening brace is the first one too deep: offset 5 × 100 = 500, column 501.
    ['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 501],
    // The 101st bracket is at offset 100, column 101.
    ['arrays', '['.repeat(100_000) + ']'.repeat(100_000), 101],
    ['unclosed arrays', '['.repeat(100_000), 101]
  ]
  it.each(deep)('100,000-deep %s: a too-deep finding, no stack overflow', (_kind, text, column) => {
    const report = analyzeText(text)
    expect(report.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['too-deep', 1, column]
    ])
    expectInvalid(report)
    expectGateFailsClosed(report)
    // Everything downstream copes too.
    expect(() => JSON.stringify(report)).not.toThrow()
    expect(() => renderReports([report])).not.toThrow()
  })

  it('a 5 MB config is file-too-large without being parsed', () => {
    const padding = ' '.repeat(5 * 1024 * 1024)
    const text = LLAMA_TEXT.replace('{', `{${padding}`)
    expect(text.length).toBeGreaterThan(MAX_CONFIG_BYTES)
    const report = analyzeText(text)
    expect(report.findings.map((f) => [f.code, f.severity, f.line, f.column])).toEqual([
      ['file-too-large', 'error', 1, 1]
    ])
    expect(report.findings[0].message).toContain(String(Buffer.byteLength(text, 'utf8')))
    expectInvalid(report)
    expectGateFailsClosed(report)
  })

  it('the limit counts UTF-8 bytes and a reader-supplied size, not characters', () => {
    // 600,000 two-byte characters are 1,200,000 bytes: over 1 MiB though under a million characters.
    const text = `{"model_type": "${'é'.repeat(600_000)}"}`
    expect(text.length).toBeLessThan(MAX_CONFIG_BYTES)
    expect(codes(analyzeText(text))).toEqual(['file-too-large'])
    // A reader that stopped early passes the real size.
    const cut = analyzeConfig(
      { path: 'config.json', text: LLAMA_TEXT, byteLength: 5 * 1024 * 1024 },
      DEFAULT_OPTIONS
    )
    expect(codes(cut)).toEqual(['file-too-large'])
  })

  // A layer count is a safe integer, but each layer gets a row: counts no model has must be a
  // finding, not an attempt to allocate billions of rows (or a RangeError).
  it.each(['4294967296', '9007199254740991'])(
    'num_hidden_layers = %s is a finding, not a throw',
    (n) => {
      const { text, line } = withValue(LLAMA_TEXT, 'num_hidden_layers', n)
      let report: ModelReport | undefined
      expect(() => (report = analyzeText(text))).not.toThrow()
      const r = report as ModelReport
      expectInvalid(r)
      expect(r.findings.some((f) => f.severity === 'error' && f.line === line)).toBe(true)
      expectGateFailsClosed(r)
    }
  )

  it('200,000 layers (a legal count) render in markdown, the terminal and explain', () => {
    const { text } = withValue(
      fixtureText('written/google--gemma-3-1b-it/config.json'),
      'num_hidden_layers',
      '200000'
    )
    const report = analyzeText(text)
    expect(() => renderReports([report])).not.toThrow()
    expect(() => renderExplain(report)).not.toThrow()
  })

  it('a Git LFS pointer is its own finding, with no JSON noise (T23)', () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n'
    const report = analyzeText(pointer)
    expect(report.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['lfs-pointer', 'error', 1]
    ])
    expectInvalid(report)
    expectGateFailsClosed(report)
  })
})

/** Size fields the engine reads, each in a real config that uses it. */
const SIZE_FIELDS: [field: string, fixture: string, transform?: (text: string) => string][] = [
  ['num_hidden_layers', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
  ['num_attention_heads', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
  ['num_key_value_heads', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
  ['hidden_size', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
  ['head_dim', 'corpus/meta-llama--Llama-3.2-1B-Instruct'],
  ['sliding_window', 'written/mistralai--Mistral-7B-v0.1'],
  ['max_position_embeddings', 'written/mistralai--Mistral-7B-v0.1'],
  ['kv_lora_rank', 'corpus/deepseek-ai--DeepSeek-R1'],
  ['qk_rope_head_dim', 'corpus/deepseek-ai--DeepSeek-R1'],
  ['sliding_window_pattern', 'written/google--gemma-3-1b-it'],
  ['attention_chunk_size', 'configs/mlx-community--meta-llama-Llama-4-Scout-17B-16E-6bit'],
  ['num_kv_shared_layers', 'written/google--gemma-3n-E4B-it'],
  ['full_attention_interval', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
  ['attn_layer_period', 'written/ai21labs--Jamba-v0.1'],
  ['attn_layer_offset', 'written/ai21labs--Jamba-v0.1'],
  ['linear_num_key_heads', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
  ['linear_key_head_dim', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
  ['linear_conv_kernel_dim', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
  ['state_size', 'corpus/state-spaces--mamba-2.8b-hf'],
  ['conv_kernel', 'corpus/state-spaces--mamba-2.8b-hf'],
  ['mamba_d_state', 'corpus/ibm-granite--granite-4.0-h-1b'],
  ['mamba_n_heads', 'corpus/ibm-granite--granite-4.0-h-1b'],
  // Qwen2's max_window_layers only counts once use_sliding_window is on.
  [
    'max_window_layers',
    'corpus/Qwen--Qwen2.5-7B-Instruct',
    (t) => t.replace('"use_sliding_window": false', '"use_sliding_window": true')
  ]
]

/** Replaces the first integer value of `field` with `literal`; returns the text and the key's line. */
function withValue(text: string, field: string, literal: string): { text: string; line: number } {
  const m = new RegExp(`"${field}"\\s*:\\s*(\\d+)`).exec(text)
  if (!m) throw new Error(`no integer ${field}`)
  const replaced = m[0].slice(0, m[0].length - m[1].length) + literal
  return {
    text: text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length),
    line: lineOf(text, `"${field}"`)
  }
}

const BAD_SIZES = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '9007199254740993',
  '"4096"',
  '[4096]',
  'true',
  '-1',
  '32.5',
  '{}'
] as const

describe('bad numbers in every size field (T16, T19, T20)', () => {
  for (const [field, fixture, transform] of SIZE_FIELDS) {
    const original = (transform ?? ((t: string) => t))(fixtureText(`${fixture}/config.json`))
    it(`${field} (${fixture.split('/')[1]}): the original is valid`, () => {
      const report = analyzeText(original)
      expect(report.status).toBe('ok')
      // The field is really read: a bad value changes the outcome (checked below).
      expect(original).toMatch(new RegExp(`"${field}"\\s*:\\s*\\d+`))
    })
    it.each(BAD_SIZES)(
      `${field} = %s: invalid-size on its line, no figures, gate closed`,
      (literal) => {
        const { text, line } = withValue(original, field, literal)
        let report: ModelReport | undefined
        expect(() => (report = analyzeText(text))).not.toThrow()
        const r = report as ModelReport
        expectInvalid(r)
        const typed = r.findings.filter((f) => f.severity === 'error' && f.line === line)
        // A typed finding on the field's own line (sliding_window_pattern may also be a string).
        expect(
          typed.map((f) => f.code).some((c) => c === 'invalid-size' || c === 'invalid-pattern'),
          codes(r).join(', ')
        ).toBe(true)
        expectLocated(r, text)
        expectExactNumbers(r)
        expectGateFailsClosed(r)
      }
    )
  }
})

describe('null and zero in size fields', () => {
  // null is Python's None: "use the default / none" where transformers allows it, else missing.
  it('null where a value is required is an error finding', () => {
    for (const field of ['num_hidden_layers', 'num_attention_heads', 'hidden_size']) {
      const { text } = withValue(LLAMA_TEXT, field, 'null')
      const report = analyzeText(text)
      expectInvalid(report)
      expect(codes(report)).toContain('missing-dimension')
      expectGateFailsClosed(report)
    }
  })

  it('null where None has a meaning gives that meaning, exactly', () => {
    // num_key_value_heads None → multi-head attention: 32 layers × 32 × 2 × 128 × 2 B = 524,288 B.
    const mha = analyzeText(withValue(LLAMA_TEXT, 'num_key_value_heads', 'null').text)
    expect(mha.status).toBe('ok')
    expect(mha.spec?.kvHeads).toBe(32)
    expect(mha.memory?.kvBytesPerToken).toBe(524_288)
    // head_dim None → hidden_size / heads = 2048 / 32 = 64, as the explicit value was.
    const oneB = fixtureText('corpus/meta-llama--Llama-3.2-1B-Instruct/config.json')
    const derived = analyzeText(withValue(oneB, 'head_dim', 'null').text)
    expect(derived.spec?.headDim).toBe(64)
    expect(derived.memory).toEqual(analyzeText(oneB).memory)
    // sliding_window None → no window: all 32 Mistral layers full, 131,072 B × 32,768 = 4 GiB.
    const mistral = fixtureText('written/mistralai--Mistral-7B-v0.1/config.json')
    const noWindow = analyzeText(withValue(mistral, 'sliding_window', 'null').text)
    expect(noWindow.spec?.slidingWindow).toBeNull()
    expect(noWindow.spec?.layers.every((l) => l.kind === 'full')).toBe(true)
    expect(noWindow.memory?.at['32768'].total).toBe(4 * 1024 ** 3)
  })

  // "missing or non-positive dimensions" are spec-validity errors (issue 2): a zero here is not
  // a model, and must not pass a budget with 0 bytes.
  const mustBePositive: [string, string][] = [
    ['num_hidden_layers', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
    ['num_attention_heads', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
    ['num_key_value_heads', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
    ['hidden_size', 'corpus/meta-llama--Llama-3.1-8B-Instruct'],
    ['head_dim', 'corpus/meta-llama--Llama-3.2-1B-Instruct'],
    ['linear_num_key_heads', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
    ['linear_key_head_dim', 'corpus/Qwen--Qwen3-Next-80B-A3B-Thinking'],
    ['state_size', 'corpus/state-spaces--mamba-2.8b-hf'],
    ['mamba_d_state', 'corpus/ibm-granite--granite-4.0-h-1b']
  ]
  it.each(mustBePositive)('%s = 0 is an error finding (%s)', (field, fixture) => {
    const { text } = withValue(fixtureText(`${fixture}/config.json`), field, '0')
    const report = analyzeText(text)
    expectInvalid(report)
    expectGateFailsClosed(report)
  })
})

describe('any bad value in any integer of any real config (exhaustive)', () => {
  it('is an error on its line, or leaves the spec and memory exactly as they were', () => {
    const literals = ['NaN', '1e400', '9007199254740993', '"4096"', '[4096]', 'true', '-1', '32.5']
    const wrong: string[] = []
    for (const { name, text } of REAL_CONFIGS) {
      const before = analyzeText(text)
      const figures = JSON.stringify([before.spec, before.memory])
      for (const site of sitesOf(text)) {
        if (site.kind !== 'value' || !/^\d+$/.test(text.slice(site.start, site.end))) continue
        const line = text.slice(0, site.start).split('\n').length
        for (const literal of literals) {
          const mutated = text.slice(0, site.start) + literal + text.slice(site.end)
          const r = analyzeText(mutated)
          const flagged =
            r.status === 'invalid' &&
            r.memory === null &&
            r.findings.some((f) => f.severity === 'error' && f.line === line)
          const unused = r.status === 'ok' && JSON.stringify([r.spec, r.memory]) === figures
          if (!flagged && !unused)
            wrong.push(`${name} line ${line} = ${literal}: ${r.status} ${codes(r).join(',')}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

function renderReports(models: ModelReport[]): string {
  const gate = evaluateGate(subjectsOfScan(models), policy())
  const report: ScanReport = {
    schemaVersion: 1,
    kind: 'scan',
    options: OPTIONS,
    shard: null,
    models,
    gate
  }
  return (
    renderMarkdown(report, {
      version: 't',
      links: null,
      marker: null,
      overflowPointer: 'the JSON report',
      budget: SUMMARY_BUDGET
    }) + renderTerminal(report)
  )
}

describe('never throws, always locates, never a non-finite figure (properties)', () => {
  const check = (text: string) => {
    let report: ModelReport | undefined
    expect(() => (report = analyzeText(text))).not.toThrow()
    const r = report as ModelReport
    expectLocated(r, text)
    expectExactNumbers(r)
    // Status and memory agree with the findings; the gate fails closed on anything invalid.
    const hasError = r.findings.some((f) => f.severity === 'error')
    expect(r.status).toBe(hasError ? 'invalid' : 'ok')
    if (hasError) {
      expect(r.memory).toBeNull()
      expect(evaluateGate(subjectsOfScan([r]), policy()).failed).toBe(true)
    }
    if (r.memory) {
      for (const at of Object.values(r.memory.at)) {
        if (at.kv !== null && at.state !== null && at.total !== null)
          expect(at.total).toBe(at.kv + at.state)
      }
    }
    expect(() => renderReports([r])).not.toThrow()
    return r
  }

  it('arbitrary JSON documents', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        check(text)
      }),
      { numRuns: 300 }
    )
  })

  it('arbitrary JSON objects with config keys and odd values', () => {
    const key = fc.constantFrom(
      'model_type',
      'num_hidden_layers',
      'num_attention_heads',
      'num_key_value_heads',
      'head_dim',
      'hidden_size',
      'sliding_window',
      'layer_types',
      'text_config',
      'kv_lora_rank',
      'qk_rope_head_dim',
      'torch_dtype',
      'sliding_window_pattern',
      'n_layer',
      'multi_query'
    )
    const value = fc.oneof(
      fc.constantFrom(...HAZARD_LITERALS),
      fc.integer({ min: 0, max: 4096 }).map(String),
      fc.json({ maxDepth: 2 }),
      fc.constantFrom(
        '"llama"',
        '"gemma3"',
        '"deepseek_v3"',
        '"qwen3_next"',
        '["sliding_attention", "full_attention"]'
      )
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (members) => {
        check(`{${members.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`)
      }),
      { numRuns: 300 }
    )
  })

  it('arbitrary text (any code unit)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        check(text)
      }),
      { numRuns: 300 }
    )
  })

  it('random mutations of the real configs', () => {
    fc.assert(
      fc.property(mutatedConfig, ({ text }) => {
        check(text)
      }),
      { numRuns: 400 }
    )
  })

  it('a BOM never changes a result (arbitrary JSON)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expect(analyzeText(`\ufeff${text}`)).toEqual(analyzeText(text))
      }),
      { numRuns: 200 }
    )
  })
})
