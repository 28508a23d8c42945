/**
 * Tier 2: the checkpoint's model.safetensors.index.json as evidence for the layer layout, on the
 * real config + index pairs in test/fixtures/corpus-index (sources in its SOURCES.md).
 *
 * Expected values are derived by hand from each pair's config and weight names (the derivation
 * is in the comments); line numbers are those of the fixture files, or are looked up in the text
 * the test itself built.
 */
import { describe, expect, it } from 'vitest'
import { analyzeConfig } from '../../src/engine/analyze.js'
import type { Finding } from '../../src/engine/findings.js'
import { DEFAULT_OPTIONS } from '../../src/engine/options.js'
import type { ModelReport, SpecReport } from '../../src/engine/report.js'
import { analyzeFixture, codes, cycle, fixtureText, kinds, runs } from '../support/engine.js'

const INDEX = 'model.safetensors.index.json'

const MEDGEMMA = 'corpus-index/Ibtasam-98--medgemma-27b-it'
const LLAMA = 'corpus-index/jeevanchaps--Meta-Llama3.1-8B-Instruct-assessment'
const GRANITE = 'corpus-index/jeremieconte--granite-3.1-1b-a400m-instruct'
const QWEN35_2B = 'corpus-index/lawrence3699--Jev-Style-Qwen3.5-2B-Decision-MLX-bf16'
const QWEN35_9B = 'corpus-index/leo-kreisman--Qwen3.5-9B-MLX-8bit'
const QWEN3 = 'corpus-index/root-hypercube--qwen3-mlx'
const QWEN_V1 = 'corpus-index/stvlynn--Qwen-7B-Chat-Cantonese'
const WIZARD = 'corpus-index/tbressers--WizardLM-2-8x22B'

type Json = { [key: string]: unknown }

function asObject(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what} is not an object`)
  }
  return value as Json
}

function parse(text: string): Json {
  return asObject(JSON.parse(text), 'the file')
}

/** The pair's config, parsed, for editing. */
function config(folder: string): Json {
  return parse(fixtureText(`${folder}/config.json`))
}

function index(folder: string): Json {
  return parse(fixtureText(`${folder}/${INDEX}`))
}

/** Removes weight-map entries whose name matches. */
function withoutWeights(ix: Json, drop: RegExp): Json {
  const map = asObject(ix.weight_map, 'weight_map')
  const kept = Object.fromEntries(Object.entries(map).filter(([name]) => !drop.test(name)))
  return { ...ix, weight_map: kept }
}

/** The config text with 4-space indentation, like the MLX fixtures. */
function text(json: Json): string {
  return JSON.stringify(json, null, 4)
}

/** 1-based line of the first occurrence of `needle` in `source`. */
function lineOf(source: string, needle: string): number {
  const at = source.indexOf(needle)
  if (at < 0) throw new Error(`${needle} not found`)
  return source.slice(0, at).split('\n').length
}

function analyzePair(configText: string, indexText: string): ModelReport {
  return analyzeConfig(
    { path: 'config.json', text: configText, weightIndex: { name: INDEX, text: indexText } },
    DEFAULT_OPTIONS
  )
}

function specOf(report: ModelReport): SpecReport {
  if (report.spec === null) throw new Error(`no spec: ${codes(report).join(', ')}`)
  return report.spec
}

function findingsOf(report: ModelReport, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code)
}

const tiers = (spec: SpecReport): number[] => [...new Set(spec.layers.map((l) => l.tier))]

/** Three Gated DeltaNet layers then one full-attention layer (Qwen3.5, interval 4). */
const QWEN_UNIT = runs(['linear', 3], ['full', 1])
/** Gemma 3: five sliding then one global. */
const GEMMA3_UNIT = runs(['sliding', 5], ['full', 1])

describe('Tier 2 on the real pairs', () => {
  it('medgemma-27b (Gemma 3): 62 decoder layers, not 62 + 27 vision layers', () => {
    const report = analyzeFixture(MEDGEMMA, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    // text_config num_hidden_layers 62; the weight map has language_model.model.layers.0–61 and
    // vision_tower.vision_model.encoder.layers.0–26, which also have self_attn: 62, not 89
    expect(spec.numLayers).toBe(62)
    // layer_types: full at 5, 11, …, 59 → 10 full, 52 sliding; 60 and 61 sliding
    expect(kinds(report)).toEqual(cycle(GEMMA3_UNIT, 10, runs(['sliding', 2])))
    expect(spec.kvHeads).toBe(16)
    expect(spec.headDim).toBe(128)
    expect(spec.slidingWindow).toBe(1024)
    // declared by the config: tier 1, sourced from text_config/layer_types/i
    expect(tiers(spec)).toEqual([1])
    expect(spec.layers[5].source).toBe('/text_config/layer_types/5')
    // every LM layer has self_attn weights, which agrees with sliding/full attention
    expect(codes(report)).not.toContain('weights-disagree')
    // the only finding: head_dim 128 ≠ 5376 / 32 = 168
    expect(codes(report)).toEqual(['head-dim-differs'])
    // bf16: per layer 16 × 2 × 128 × 2 = 8,192; × 62 = 507,904
    expect(report.memory?.kvBytesPerToken).toBe(507_904)
    // 10 × 8,192 × 32,768 + 52 × 8,192 × 1,024 = 2,684,354,560 + 436,207,616 = 3,120,562,176
    expect(report.memory?.at['32768'].total).toBe(3_120_562_176)
  })

  it('medgemma-27b without num_hidden_layers or layer_types: the weights count 62, not 89', () => {
    const c = config(MEDGEMMA)
    const t = asObject(c.text_config, 'text_config')
    delete t.num_hidden_layers
    delete t.layer_types
    const configText = text(c)
    const report = analyzePair(configText, fixtureText(`${MEDGEMMA}/${INDEX}`))
    const spec = specOf(report)
    // an omitted key takes transformers' default: Gemma3TextConfig num_hidden_layers = 26
    expect(spec.numLayers).toBe(26)
    // gemma3 layout over 26 layers: full at 5, 11, 17, 23 → 4 full, 22 sliding
    expect(kinds(report)).toEqual(cycle(GEMMA3_UNIT, 4, runs(['sliding', 2])))
    // the weights hold language_model.model.layers.0–61 (62); the 27 vision encoder layers
    // (which also have self_attn) are not counted, so the warning says 62, not 89
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree).toHaveLength(1)
    expect(disagree[0].severity).toBe('warning')
    expect(disagree[0].message).toContain('62')
    expect(disagree[0].message).toContain('language_model.model.layers.0')
    expect(disagree[0].message).not.toContain('89')
    // no num_hidden_layers key to point at: the text_config object itself
    expect(disagree[0].pointer).toBe('/text_config')
    expect(disagree[0].line).toBe(lineOf(configText, '"text_config"'))
  })

  it('Llama 3.1 8B (bnb int8 re-save): no layer_types, so the weights decide (tier 2)', () => {
    const report = analyzeFixture(LLAMA, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32) // num_hidden_layers 32 = model.layers.0–31
    expect(kinds(report)).toEqual(runs(['full', 32])) // self_attn on every layer, no window
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128)
    expect(tiers(spec)).toEqual([2])
    for (const layer of spec.layers) {
      expect(layer.source).toContain(INDEX)
      expect(layer.source).toContain(`model.layers.${layer.index}`)
    }
    expect(codes(report)).toEqual([])
    // torch_dtype float16: 32 × 8 × 2 × 128 × 2 = 131,072
    expect(report.memory?.kvBytesPerToken).toBe(131_072)
    // 131,072 × 32,768 = 4,294,967,296
    expect(report.memory?.at['32768'].total).toBe(4_294_967_296)
  })

  it('granite-3.1-1b-a400m (granitemoe, fused experts): weights decide, 24 full layers', () => {
    const report = analyzeFixture(GRANITE, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(24)
    expect(kinds(report)).toEqual(runs(['full', 24]))
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(64) // 1024 / 16
    expect(tiers(spec)).toEqual([2])
    expect(spec.layers[0].source).toContain(INDEX)
    expect(codes(report)).toEqual([])
    // torch_dtype float32: per layer 8 × 2 × 64 × 4 = 4,096; × 24 = 98,304
    expect(report.memory?.kvBytesPerToken).toBe(98_304)
    // 98,304 × 32,768 = 3,221,225,472
    expect(report.memory?.at['32768'].total).toBe(3_221_225_472)
  })

  it('Qwen3.5-2B (MLX bf16): layer_types agree with self_attn / linear_attn weights', () => {
    const report = analyzeFixture(QWEN35_2B, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(24)
    // layer_types: full at 3, 7, …, 23 → 6 full, 18 linear; self_attn exactly there
    expect(kinds(report)).toEqual(cycle(QWEN_UNIT, 6))
    expect(tiers(spec)).toEqual([1])
    expect(spec.layers[3].source).toBe('/text_config/layer_types/3')
    // 24 weight layers = 24 config layers (mtp_num_hidden_layers 1 has no weights here)
    expect(codes(report)).toEqual([])
    // bf16: full layer 2 × 2 × 256 × 2 = 2,048; × 6 = 12,288
    expect(report.memory?.kvBytesPerToken).toBe(12_288)
    // state per linear layer (linear_num_value_heads 16 in this size):
    //   conv 3 × (2·16·128 + 16·128) = 18,432 el × 2 B = 36,864
    //   recurrent 16 × 128 × 128 = 262,144 el × 4 B (mamba_ssm_dtype float32) = 1,048,576
    //   = 1,085,440; × 18 = 19,537,920
    expect(report.memory?.at['32768'].state).toBe(19_537_920)
    // KV 12,288 × 32,768 = 402,653,184; + 19,537,920 = 422,191,104
    expect(report.memory?.at['32768'].total).toBe(422_191_104)
  })

  it('Qwen3.5-9B (MLX 8-bit): 32 LM layers, the 27 vision blocks ignored, tier 1 agrees', () => {
    const report = analyzeFixture(QWEN35_9B, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32)
    expect(kinds(report)).toEqual(cycle(QWEN_UNIT, 8)) // full at 3, 7, …, 31
    expect(tiers(spec)).toEqual([1])
    expect(codes(report)).toEqual([])
    // 8 full × 4 × 2 × 256 × 2 = 32,768 per token
    expect(report.memory?.kvBytesPerToken).toBe(32_768)
    // 24 × (24,576 × 2 + 524,288 × 4) = 24 × 2,146,304 = 51,511,296
    expect(report.memory?.at['32768'].state).toBe(51_511_296)
    // 32,768 × 32,768 + 51,511,296 = 1,073,741,824 + 51,511,296 = 1,125,253,120
    expect(report.memory?.at['32768'].total).toBe(1_125_253_120)
  })

  it('Qwen3-1.7B (MLX bf16): use_sliding_window false declares all-full, weights agree', () => {
    const report = analyzeFixture(QWEN3, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(28)
    expect(kinds(report)).toEqual(runs(['full', 28]))
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // explicit, = 2048 / 16
    // qwen3 with use_sliding_window: false in the file → declared by the config
    expect(tiers(spec)).toEqual([1])
    expect(codes(report)).toEqual([])
    // bf16: 28 × 8 × 2 × 128 × 2 = 114,688
    expect(report.memory?.kvBytesPerToken).toBe(114_688)
    // 114,688 × 32,768 = 3,758,096,384
    expect(report.memory?.at['32768'].total).toBe(3_758_096_384)
  })

  it('Qwen v1 7B (remote code): transformer.h.N layers with a fused attn module', () => {
    const report = analyzeFixture(QWEN_V1, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32) // transformer.h.0–31
    expect(kinds(report)).toEqual(runs(['full', 32]))
    expect(spec.kvHeads).toBe(32) // no KV-head key: MHA
    expect(spec.headDim).toBe(128) // kv_channels 128 (= 4096 / 32)
    expect(tiers(spec)).toEqual([2])
    expect(spec.layers[31].source).toContain(INDEX)
    expect(spec.layers[31].source).toContain('transformer.h.31')
    expect(codes(report)).toEqual([])
    // float16: 32 × 32 × 2 × 128 × 2 = 524,288
    expect(report.memory?.kvBytesPerToken).toBe(524_288)
    // 524,288 × 32,768 = 17,179,869,184
    expect(report.memory?.at['32768'].total).toBe(17_179_869_184)
  })

  it('WizardLM-2-8x22B (mixtral, sliding_window null): 56 full layers from the weights', () => {
    const report = analyzeFixture(WIZARD, {}, true)
    const spec = specOf(report)
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(56)
    expect(kinds(report)).toEqual(runs(['full', 56]))
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // 6144 / 48
    expect(tiers(spec)).toEqual([2])
    expect(codes(report)).toEqual([])
    // bf16: 56 × 8 × 2 × 128 × 2 = 229,376
    expect(report.memory?.kvBytesPerToken).toBe(229_376)
    // 229,376 × 32,768 = 7,516,192,768
    expect(report.memory?.at['32768'].total).toBe(7_516_192_768)
  })
})

describe('Tier 2 disagreements', () => {
  it('Qwen3.5-9B config says layer 3 is linear attention, the weights show self_attn', () => {
    const c = config(QWEN35_9B)
    const t = asObject(c.text_config, 'text_config')
    const types = t.layer_types as string[]
    expect(types[3]).toBe('full_attention')
    types[3] = 'linear_attention'
    const configText = text(c)
    const report = analyzePair(configText, fixtureText(`${QWEN35_9B}/${INDEX}`))
    // the config still decides (tier 1): layer 3 is now linear
    expect(kinds(report)).toEqual([...runs(['linear', 7], ['full', 1]), ...cycle(QWEN_UNIT, 6)])
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree).toHaveLength(1)
    expect(disagree[0].severity).toBe('warning')
    expect(disagree[0].pointer).toBe('/text_config/layer_types')
    expect(disagree[0].line).toBe(lineOf(configText, '"layer_types"'))
    expect(disagree[0].message).toContain('layer 3')
    expect(report.status).toBe('ok') // a warning, not an error
  })

  it('Llama config with num_hidden_layers 30 against 32 layers of weights', () => {
    // edit the fixture text in place so the line numbers stay the file's own
    const original = fixtureText(`${LLAMA}/config.json`)
    const configText = original.replace('"num_hidden_layers": 32', '"num_hidden_layers": 30')
    expect(configText).not.toBe(original)
    const report = analyzePair(configText, fixtureText(`${LLAMA}/${INDEX}`))
    expect(specOf(report).numLayers).toBe(30) // the config's count
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree).toHaveLength(1)
    expect(disagree[0].severity).toBe('warning')
    expect(disagree[0].pointer).toBe('/num_hidden_layers')
    expect(disagree[0].line).toBe(23) // "num_hidden_layers" is on line 23 of the fixture
    expect(disagree[0].message).toContain('30')
    expect(disagree[0].message).toContain('32')
  })

  it('Llama weight map missing layers 28–31', () => {
    const ix = withoutWeights(index(LLAMA), /^model\.layers\.(28|29|30|31)\./)
    const report = analyzePair(fixtureText(`${LLAMA}/config.json`), JSON.stringify(ix))
    expect(specOf(report).numLayers).toBe(32) // num_hidden_layers still says 32
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree).toHaveLength(1)
    expect(disagree[0].pointer).toBe('/num_hidden_layers')
    expect(disagree[0].line).toBe(23)
    expect(disagree[0].message).toContain('28') // weights for model.layers.0–27
  })

  it('medgemma weight map missing its last LM layer; the vision tower does not fill the gap', () => {
    const ix = withoutWeights(index(MEDGEMMA), /^language_model\.model\.layers\.61\./)
    const report = analyzePair(fixtureText(`${MEDGEMMA}/config.json`), JSON.stringify(ix))
    expect(specOf(report).numLayers).toBe(62)
    // still tier 1 from layer_types, 62 rows
    expect(kinds(report)).toEqual(cycle(GEMMA3_UNIT, 10, runs(['sliding', 2])))
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree.length).toBeGreaterThanOrEqual(1)
    // the count: 62 in the config vs 61 in the weights, at text_config.num_hidden_layers (line 92)
    const count = disagree.find((f) => f.pointer === '/text_config/num_hidden_layers')
    expect(count?.line).toBe(92)
    expect(count?.message).toContain('61')
  })

  it('Qwen3.5-9B weight map missing one linear layer in the middle (layer 5)', () => {
    const ix = withoutWeights(index(QWEN35_9B), /^language_model\.model\.layers\.5\./)
    const configText = fixtureText(`${QWEN35_9B}/config.json`)
    const report = analyzePair(configText, JSON.stringify(ix))
    // the count is unchanged (layers 0–31 still present), but layer 5 has no weights
    const disagree = findingsOf(report, 'weights-disagree')
    expect(disagree).toHaveLength(1)
    expect(disagree[0].pointer).toBe('/text_config/layer_types')
    expect(disagree[0].line).toBe(29) // "layer_types" on line 29 of the fixture
    expect(disagree[0].message).toContain('layer 5')
    // the declared layout is kept
    expect(kinds(report)).toEqual(cycle(QWEN_UNIT, 8))
  })
})

describe('Tier 1 fallbacks and Tier 2 when the config is silent', () => {
  it('Qwen3.5-9B without layer_types: full_attention_interval still declares the pattern', () => {
    const c = config(QWEN35_9B)
    delete asObject(c.text_config, 'text_config').layer_types
    const report = analyzePair(text(c), fixtureText(`${QWEN35_9B}/${INDEX}`))
    const spec = specOf(report)
    // interval 4: full where (i+1) % 4 == 0 → same 8 full / 24 linear
    expect(kinds(report)).toEqual(cycle(QWEN_UNIT, 8))
    expect(tiers(spec)).toEqual([1])
    for (const layer of spec.layers) {
      expect(layer.source).toBe('/text_config/full_attention_interval')
    }
    expect(codes(report)).toEqual([])
  })

  it('Qwen3.5-9B without layer_types and full_attention_interval: the weights decide', () => {
    const c = config(QWEN35_9B)
    const t = asObject(c.text_config, 'text_config')
    delete t.layer_types
    delete t.full_attention_interval
    const report = analyzePair(text(c), fixtureText(`${QWEN35_9B}/${INDEX}`))
    const spec = specOf(report)
    // self_attn on 3, 7, …, 31 and linear_attn elsewhere → same layout, read from the weights
    expect(kinds(report)).toEqual(cycle(QWEN_UNIT, 8))
    expect(tiers(spec)).toEqual([2])
    expect(spec.layers[3].source).toContain(INDEX)
    expect(spec.layers[3].source).toContain('language_model.model.layers.3')
    expect(codes(report)).toEqual([])
  })

  it('a malformed weight index is a warning, and the model is still sized', () => {
    const configText = fixtureText(`${LLAMA}/config.json`)
    const broken = fixtureText(`${LLAMA}/${INDEX}`).slice(0, 500) // cut mid-file
    for (const indexText of [
      broken,
      '{"metadata": {}}',
      '{"weight_map": {"lm_head.weight": "a"}}'
    ]) {
      const report = analyzePair(configText, indexText)
      const spec = specOf(report)
      expect(report.status).toBe('ok')
      const unreadable = findingsOf(report, 'weight-index-unreadable')
      expect(unreadable).toHaveLength(1)
      expect(unreadable[0].severity).toBe('warning')
      expect(unreadable[0].message).toContain(INDEX)
      // the same model as without an index: 32 full layers, not from the weights
      expect(spec.numLayers).toBe(32)
      expect(kinds(report)).toEqual(runs(['full', 32]))
      expect(tiers(spec)).not.toContain(2)
      // 32 × 8 × 2 × 128 × 2 (float16) = 131,072
      expect(report.memory?.kvBytesPerToken).toBe(131_072)
    }
  })
})
