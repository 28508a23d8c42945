/**
 * The engine against the 30 real configs in test/fixtures/corpus (sources in its SOURCES.md).
 *
 * Every expected number below was derived by hand from the config's own values and the rules in
 * ../shared/reference/kv-rules.md (and the memory rules of the spec), with the arithmetic in
 * the comment next to it. None was copied from the program's output.
 *
 * Shorthand in the comments: kvh = KV heads, hd = head_dim, B = bytes, "per layer" = bytes one
 * token costs in one layer = kvh × 2 (K and V) × hd × element bytes. Default options: kvDtype
 * 'auto' (the config's dtype), batch 1, contexts 4096 / 32768 / 131072.
 */
import { describe, expect, it } from 'vitest'
import type { LayerKind } from '../../src/engine/cache/kinds.js'
import type { AnalysisOptions } from '../../src/engine/options.js'
import type { MemoryReport, ModelReport, SpecReport } from '../../src/engine/report.js'
import { analyzeFixture, codes, cycle, kinds, runs } from '../support/engine.js'

interface Analyzed {
  report: ModelReport
  spec: SpecReport
  memory: MemoryReport
}

function analyze(model: string, options: Partial<AnalysisOptions> = {}): Analyzed {
  const report = analyzeFixture(`corpus/${model}`, options)
  const { spec, memory } = report
  if (spec === null || memory === null) {
    throw new Error(`${model}: no spec or memory (${codes(report).join(', ')})`)
  }
  return { report, spec, memory }
}

/** Finding codes, order-independent. */
function sortedCodes(report: ModelReport): string[] {
  return [...codes(report)].sort()
}

function finding(report: ModelReport, code: string) {
  const found = report.findings.find((f) => f.code === code)
  if (!found) throw new Error(`no ${code} finding in ${codes(report).join(', ')}`)
  return found
}

/** Five local layers then one global: Gemma 3's default sliding_window_pattern 6. */
const GEMMA3_UNIT = runs(['sliding', 5], ['full', 1])
/** Gated DeltaNet ×3 then full attention: Qwen3-Next / Qwen3.5, full_attention_interval 4. */
const QWEN_NEXT_UNIT = runs(['linear', 3], ['full', 1])
/** Three local then one global (Cohere2 pattern 4, EXAONE 4 "LLLG", OLMo 3). */
const LLLG = runs(['sliding', 3], ['full', 1])

describe('corpus: dense full-attention models', () => {
  it('meta-llama/Llama-3.1-8B-Instruct', () => {
    const { report, spec, memory } = analyze('meta-llama--Llama-3.1-8B-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32) // num_hidden_layers 32
    expect(spec.kvHeads).toBe(8) // num_key_value_heads 8
    expect(spec.headDim).toBe(128) // no head_dim: hidden 4096 / 32 heads = 128
    expect(spec.slidingWindow).toBeNull() // llama: no window key, no default
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 32])) // llama: all full attention
    // bfloat16 → 2 B; per layer 8 × 2 × 128 × 2 = 4,096; × 32 layers = 131,072
    expect(memory.kvBytesPerToken).toBe(131_072)
    // 131,072 × 32,768 = 4,294,967,296 (4 GiB)
    expect(memory.at['32768'].total).toBe(4_294_967_296)
    expect(sortedCodes(report)).toEqual([])
  })

  it('meta-llama/Llama-3.2-1B-Instruct', () => {
    const { report, spec, memory } = analyze('meta-llama--Llama-3.2-1B-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(16)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(64) // explicit head_dim 64 (= 2048 / 32, so no notice)
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 16]))
    // bf16: per layer 8 × 2 × 64 × 2 = 2,048; × 16 = 32,768
    expect(memory.kvBytesPerToken).toBe(32_768)
    // 32,768 × 32,768 = 1,073,741,824
    expect(memory.at['32768'].total).toBe(1_073_741_824)
    expect(sortedCodes(report)).toEqual([])
  })

  it('Qwen/Qwen2.5-7B-Instruct (sliding_window 131072 with use_sliding_window false)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen2.5-7B-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(28)
    expect(spec.kvHeads).toBe(4)
    expect(spec.headDim).toBe(128) // hidden 3584 / 28 heads = 128
    // Trap T1: use_sliding_window false → transformers nulls sliding_window → all full
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 28]))
    // bf16: per layer 4 × 2 × 128 × 2 = 2,048; × 28 = 57,344
    expect(memory.kvBytesPerToken).toBe(57_344)
    // 57,344 × 32,768 = 1,879,048,192
    expect(memory.at['32768'].total).toBe(1_879_048_192)
    expect(sortedCodes(report)).toEqual(['window-disabled'])
    // points at "sliding_window": 131072, line 20 of the fixture
    expect(finding(report, 'window-disabled').line).toBe(20)
  })

  it('Qwen/Qwen3-8B (head_dim from the qwen3 default)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen3-8B')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(36)
    expect(spec.kvHeads).toBe(8)
    // no head_dim key: qwen3 default 128 (here equal to 4096 / 32, so no notice)
    expect(spec.headDim).toBe(128)
    expect(spec.slidingWindow).toBeNull() // sliding_window null, use_sliding_window false
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 36]))
    // bf16: per layer 8 × 2 × 128 × 2 = 4,096; × 36 = 147,456
    expect(memory.kvBytesPerToken).toBe(147_456)
    // 147,456 × 32,768 = 4,831,838,208
    expect(memory.at['32768'].total).toBe(4_831_838_208)
    // window null → nothing to call disabled
    expect(sortedCodes(report)).toEqual([])
  })

  it('mistralai/Mixtral-8x7B-v0.1 (no sliding_window key: mixtral default None)', () => {
    const { report, spec, memory } = analyze('mistralai--Mixtral-8x7B-v0.1')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // 4096 / 32
    expect(spec.slidingWindow).toBeNull() // MixtralConfig sliding_window default None
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 32]))
    // bf16: 32 × 8 × 2 × 128 × 2 = 131,072
    expect(memory.kvBytesPerToken).toBe(131_072)
    // 131,072 × 32,768 = 4,294,967,296
    expect(memory.at['32768'].total).toBe(4_294_967_296)
    expect(sortedCodes(report)).toEqual([])
  })

  it('microsoft/phi-2 (MHA, head_dim 80)', () => {
    const { report, spec, memory } = analyze('microsoft--phi-2')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32)
    expect(spec.kvHeads).toBe(32) // num_key_value_heads 32 = heads (MHA)
    expect(spec.headDim).toBe(80) // 2560 / 32
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 32]))
    // float16 → 2 B: per layer 32 × 2 × 80 × 2 = 10,240; × 32 = 327,680
    expect(memory.kvBytesPerToken).toBe(327_680)
    // 327,680 × 32,768 = 10,737,418,240
    expect(memory.at['32768'].total).toBe(10_737_418_240)
    expect(sortedCodes(report)).toEqual([])
  })

  it('microsoft/phi-4 (phi3, sliding_window null)', () => {
    const { report, spec, memory } = analyze('microsoft--phi-4')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(40)
    expect(spec.kvHeads).toBe(10)
    expect(spec.headDim).toBe(128) // 5120 / 40
    expect(spec.slidingWindow).toBeNull() // explicit null: no window on any layer
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 40]))
    // bf16: per layer 10 × 2 × 128 × 2 = 5,120; × 40 = 204,800
    expect(memory.kvBytesPerToken).toBe(204_800)
    // 204,800 × 32,768 = 6,710,886,400
    expect(memory.at['32768'].total).toBe(6_710_886_400)
    expect(sortedCodes(report)).toEqual([])
  })

  it('openai-community/gpt2-large (n_layer / n_head / n_embd, no dtype)', () => {
    const { report, spec, memory } = analyze('openai-community--gpt2-large')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(36) // n_layer
    expect(spec.kvHeads).toBe(20) // n_head 20, no KV-head key → MHA
    expect(spec.headDim).toBe(64) // n_embd 1280 / 20
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 36]))
    // no torch_dtype → float32, 4 B: per layer 20 × 2 × 64 × 4 = 10,240; × 36 = 368,640
    expect(memory.kvBytesPerToken).toBe(368_640)
    expect(memory.kvDtype).toBe('float32')
    // 368,640 × 32,768 = 12,079,595,520
    expect(memory.at['32768'].total).toBe(12_079_595_520)
    expect(sortedCodes(report)).toEqual(['dtype-assumed'])
  })

  it('zai-org/GLM-4.5 (head_dim 128, hidden / heads not an integer)', () => {
    const { report, spec, memory } = analyze('zai-org--GLM-4.5')
    expect(report.status).toBe('ok')
    // 92 layers; num_nextn_predict_layers 1 (MTP) is not in the main stack (T29)
    expect(spec.numLayers).toBe(92)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // explicit; 5120 / 96 ≈ 53.33 would be wrong (T2)
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 92]))
    // bf16: per layer 8 × 2 × 128 × 2 = 4,096; × 92 = 376,832
    expect(memory.kvBytesPerToken).toBe(376_832)
    // 376,832 × 32,768 = 12,348,030,976
    expect(memory.at['32768'].total).toBe(12_348_030_976)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
  })
})

describe('corpus: multimodal wrappers (text config nested or flat)', () => {
  it('llava-hf/llava-1.5-7b-hf (text_config omits nearly everything → LlamaConfig defaults)', () => {
    const { report, spec, memory } = analyze('llava-hf--llava-1.5-7b-hf')
    expect(report.status).toBe('ok')
    expect(report.modelType).toBe('llama') // the text model, not "llava"
    expect(spec.numLayers).toBe(32) // llama default (the 24 CLIP layers are not counted)
    expect(spec.kvHeads).toBe(32) // llama default kvh = heads = 32
    expect(spec.headDim).toBe(128) // default hidden 4096 / 32
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 32]))
    // text_config torch_dtype float16 → 2 B: per layer 32 × 2 × 128 × 2 = 16,384; × 32 = 524,288
    expect(memory.kvBytesPerToken).toBe(524_288)
    // 524,288 × 32,768 = 17,179,869,184 (16 GiB)
    expect(memory.at['32768'].total).toBe(17_179_869_184)
    expect(sortedCodes(report)).toEqual([])
  })

  it('Qwen/Qwen2.5-VL-7B-Instruct (flat qwen2 text keys)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen2.5-VL-7B-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(28) // top-level num_hidden_layers; vision depth 32 ignored
    expect(spec.kvHeads).toBe(4)
    expect(spec.headDim).toBe(128) // 3584 / 28
    expect(spec.slidingWindow).toBeNull() // sliding_window null, use_sliding_window false
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 28]))
    // bf16: 28 × 4 × 2 × 128 × 2 = 57,344
    expect(memory.kvBytesPerToken).toBe(57_344)
    // 57,344 × 32,768 = 1,879,048,192
    expect(memory.at['32768'].total).toBe(1_879_048_192)
    expect(sortedCodes(report)).toEqual([])
  })

  it('mistralai/Devstral-Small-2-24B-Instruct-2512 (mistral3 → ministral3 text_config)', () => {
    const { report, spec, memory } = analyze('mistralai--Devstral-Small-2-24B-Instruct-2512')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(40)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // explicit; 5120 / 32 = 160 would be wrong (T2)
    // sliding_window explicitly null: the mistral default 4096 must not come back
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 40]))
    // text_config has no dtype → top-level "dtype": bfloat16 → 2 B
    // per layer 8 × 2 × 128 × 2 = 4,096; × 40 = 163,840 (the fp8 weights do not change the KV)
    expect(memory.kvBytesPerToken).toBe(163_840)
    expect(memory.kvDtype).toBe('bfloat16')
    // 163,840 × 32,768 = 5,368,709,120
    expect(memory.at['32768'].total).toBe(5_368_709_120)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
  })
})

describe('corpus: sliding-window models', () => {
  it('google/gemma-2-9b-it (even layers sliding, odd full)', () => {
    const { report, spec, memory } = analyze('google--gemma-2-9b-it')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(42)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(256) // explicit; 3584 / 16 = 224 (T2)
    expect(spec.slidingWindow).toBe(4096)
    expect(spec.attentionChunk).toBeNull()
    // no layer_types: gemma2 default, i even → sliding, i odd → full (T5): 21 + 21
    expect(kinds(report)).toEqual(cycle(['sliding', 'full'], 21))
    // bf16: per layer 8 × 2 × 256 × 2 = 8,192; × 42 = 344,064
    expect(memory.kvBytesPerToken).toBe(344_064)
    // 21 full × 8,192 × 32,768 = 5,637,144,576
    // + 21 sliding × 8,192 × min(32,768, 4,096) = 704,643,072 → 6,341,787,648
    expect(memory.at['32768'].total).toBe(6_341_787_648)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
    expect(finding(report, 'head-dim-differs').line).toBe(12) // "head_dim": 256
  })

  it('google/gemma-3-27b-it (5 local : 1 global, sparse text_config)', () => {
    const { report, spec, memory } = analyze('google--gemma-3-27b-it')
    expect(report.status).toBe('ok')
    expect(report.modelType).toBe('gemma3_text')
    expect(spec.numLayers).toBe(62)
    expect(spec.kvHeads).toBe(16)
    expect(spec.headDim).toBe(128) // explicit; 5376 / 32 = 168 (T2)
    expect(spec.slidingWindow).toBe(1024)
    expect(spec.attentionChunk).toBeNull()
    // no layer_types / sliding_window_pattern → default 6: full where (i+1) % 6 == 0
    // → i = 5, 11, …, 59: 10 full, 52 sliding; the last two (60, 61) sliding (T4)
    expect(kinds(report)).toEqual(cycle(GEMMA3_UNIT, 10, runs(['sliding', 2])))
    // text_config has no dtype → top-level bfloat16
    // per layer 16 × 2 × 128 × 2 = 8,192; 62 × 8,192 = 507,904
    expect(memory.kvBytesPerToken).toBe(507_904)
    // 10 × 8,192 × 32,768 = 2,684,354,560 + 52 × 8,192 × 1,024 = 436,207,616 → 3,120,562,176
    expect(memory.at['32768'].total).toBe(3_120_562_176)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
    expect(finding(report, 'head-dim-differs').line).toBe(16) // text_config "head_dim": 128
  })

  it('google/gemma-3-4b-it (heads, kv heads and head_dim all from Gemma3TextConfig defaults)', () => {
    const { report, spec, memory } = analyze('google--gemma-3-4b-it')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(34)
    expect(spec.kvHeads).toBe(4) // default num_key_value_heads 4
    expect(spec.headDim).toBe(256) // default head_dim 256, not 2560 / 8 (default heads) = 320
    expect(spec.slidingWindow).toBe(1024)
    expect(spec.attentionChunk).toBeNull()
    // full at i = 5, 11, 17, 23, 29 → 5 full, 29 sliding; i = 30…33 sliding
    expect(kinds(report)).toEqual(cycle(GEMMA3_UNIT, 5, runs(['sliding', 4])))
    // bf16: per layer 4 × 2 × 256 × 2 = 4,096; × 34 = 139,264
    expect(memory.kvBytesPerToken).toBe(139_264)
    // 5 × 4,096 × 32,768 = 671,088,640 + 29 × 4,096 × 1,024 = 121,634,816 → 792,723,456
    expect(memory.at['32768'].total).toBe(792_723_456)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
  })

  it('openai/gpt-oss-120b (layer_types, window 128, no dtype key)', () => {
    const { report, spec, memory } = analyze('openai--gpt-oss-120b')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(36)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(64) // explicit; 2880 / 64 = 45
    expect(spec.slidingWindow).toBe(128)
    expect(spec.attentionChunk).toBeNull()
    // layer_types: sliding, full, sliding, … → 18 sliding + 18 full
    expect(kinds(report)).toEqual(cycle(['sliding', 'full'], 18))
    // no torch_dtype / dtype → float32, 4 B: per layer 8 × 2 × 64 × 4 = 4,096; × 36 = 147,456
    expect(memory.kvBytesPerToken).toBe(147_456)
    expect(memory.kvDtype).toBe('float32')
    // 18 × 4,096 × 32,768 = 2,415,919,104 + 18 × 4,096 × 128 = 9,437,184 → 2,425,356,288
    expect(memory.at['32768'].total).toBe(2_425_356_288)
    expect(sortedCodes(report)).toEqual(['dtype-assumed', 'head-dim-differs'])
  })

  it('mlx-community/c4ai-command-r7b-12-2024-8bit (cohere2, sliding_window_pattern 4)', () => {
    const { report, spec, memory } = analyze('mlx-community--c4ai-command-r7b-12-2024-8bit')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // cohere2 forces hidden / heads = 4096 / 32 = 128 (T19)
    expect(spec.slidingWindow).toBe(4096)
    expect(spec.attentionChunk).toBeNull()
    // pattern 4: full where (i+1) % 4 == 0 → 8 full, 24 sliding
    expect(kinds(report)).toEqual(cycle(LLLG, 8))
    // bf16: per layer 8 × 2 × 128 × 2 = 4,096; × 32 = 131,072
    expect(memory.kvBytesPerToken).toBe(131_072)
    // 8 × 4,096 × 32,768 = 1,073,741,824 + 24 × 4,096 × 4,096 = 402,653,184 → 1,476,395,008
    expect(memory.at['32768'].total).toBe(1_476_395_008)
    expect(sortedCodes(report)).toEqual([])
  })

  it('bigcode/starcoder2-15b (one window for every layer, float32)', () => {
    const { report, spec, memory } = analyze('bigcode--starcoder2-15b')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(40)
    expect(spec.kvHeads).toBe(4)
    expect(spec.headDim).toBe(128) // 6144 / 48
    expect(spec.slidingWindow).toBe(4096)
    expect(spec.attentionChunk).toBeNull()
    // sliding_window with no layer_types → every layer windowed (vLLM rule, T3)
    expect(kinds(report)).toEqual(runs(['sliding', 40]))
    // torch_dtype float32 → 4 B: per layer 4 × 2 × 128 × 4 = 4,096; × 40 = 163,840
    expect(memory.kvBytesPerToken).toBe(163_840)
    // 163,840 × min(32,768, 4,096) = 671,088,640
    expect(memory.at['32768'].total).toBe(671_088_640)
    expect(sortedCodes(report)).toEqual([])
  })

  it('LGAI-EXAONE/EXAONE-4.0-32B (layer_types + "LLLG")', () => {
    const { report, spec, memory } = analyze('LGAI-EXAONE--EXAONE-4.0-32B')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(64)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // explicit, = 5120 / 40
    expect(spec.slidingWindow).toBe(4096)
    expect(spec.attentionChunk).toBeNull()
    // layer_types (and "LLLG"): full at 3, 7, …, 63 → 16 full, 48 sliding
    expect(kinds(report)).toEqual(cycle(LLLG, 16))
    // bf16: per layer 8 × 2 × 128 × 2 = 4,096; × 64 = 262,144
    expect(memory.kvBytesPerToken).toBe(262_144)
    // 16 × 4,096 × 32,768 = 2,147,483,648 + 48 × 4,096 × 4,096 = 805,306,368 → 2,952,790,016
    expect(memory.at['32768'].total).toBe(2_952_790_016)
    expect(sortedCodes(report)).toEqual([])
  })

  it('allenai/Olmo-3.1-32B-Instruct (layer_types 3 sliding : 1 full, no head_dim)', () => {
    const { report, spec, memory } = analyze('allenai--Olmo-3.1-32B-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(64)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // 5120 / 40
    expect(spec.slidingWindow).toBe(4096)
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(cycle(LLLG, 16)) // full at 3, 7, …, 63
    // "dtype": bfloat16: 64 × 8 × 2 × 128 × 2 = 262,144
    expect(memory.kvBytesPerToken).toBe(262_144)
    // 16 × 4,096 × 32,768 + 48 × 4,096 × 4,096 = 2,147,483,648 + 805,306,368 = 2,952,790,016
    expect(memory.at['32768'].total).toBe(2_952_790_016)
    expect(sortedCodes(report)).toEqual([])
  })
})

describe('corpus: MLA', () => {
  it('deepseek-ai/DeepSeek-R1 (one 576-element latent per layer)', () => {
    const { report, spec, memory } = analyze('deepseek-ai--DeepSeek-R1')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(61) // the MTP layer (num_nextn_predict_layers 1) is extra
    expect(spec.kvHeads).toBe(1) // MLA: one latent "head", num_key_value_heads 128 ignored (T6)
    expect(spec.headDim).toBe(576) // kv_lora_rank 512 + qk_rope_head_dim 64
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['mla', 61]))
    // bf16, no K/V doubling (T8): 576 × 2 = 1,152 per layer; × 61 = 70,272
    expect(memory.kvBytesPerToken).toBe(70_272)
    // 70,272 × 32,768 = 2,302,672,896
    expect(memory.at['32768'].total).toBe(2_302_672_896)
    expect(sortedCodes(report)).toEqual([])
  })

  it('moonshotai/Kimi-K2-Instruct (kimi_k2 is MLA too)', () => {
    const { report, spec, memory } = analyze('moonshotai--Kimi-K2-Instruct')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(61)
    expect(spec.kvHeads).toBe(1)
    expect(spec.headDim).toBe(576) // 512 + 64
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['mla', 61]))
    // 61 × 576 × 2 B = 70,272
    expect(memory.kvBytesPerToken).toBe(70_272)
    // 70,272 × 32,768 = 2,302,672,896
    expect(memory.at['32768'].total).toBe(2_302_672_896)
    expect(sortedCodes(report)).toEqual([])
  })
})

describe('corpus: hybrid models with recurrent state', () => {
  it('Qwen/Qwen3-Next-80B-A3B-Thinking (full_attention_interval 4, Gated DeltaNet)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen3-Next-80B-A3B-Thinking')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(48)
    expect(spec.kvHeads).toBe(2)
    expect(spec.headDim).toBe(256) // explicit; 2048 / 16 = 128
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // interval 4: full at 3, 7, …, 47 → 12 full, 36 linear (T12)
    expect(kinds(report)).toEqual(cycle(QWEN_NEXT_UNIT, 12))
    // bf16: full layer 2 × 2 × 256 × 2 = 2,048; × 12 = 24,576
    expect(memory.kvBytesPerToken).toBe(24_576)
    // KV: 24,576 × 32,768 = 805,306,368
    expect(memory.at['32768'].kv).toBe(805_306_368)
    // state per linear layer, all bf16 (no mamba_ssm_dtype key):
    //   conv (4−1) × (2·16·128 + 32·128) = 3 × 8,192 = 24,576 el
    //   recurrent 32 × 128 × 128 = 524,288 el
    //   (24,576 + 524,288) × 2 B = 1,097,728 B; × 36 layers = 39,518,208
    expect(memory.at['32768'].state).toBe(39_518_208)
    // 805,306,368 + 39,518,208 = 844,824,576
    expect(memory.at['32768'].total).toBe(844_824_576)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
  })

  it('Qwen/Qwen3.5-9B (layer_types, mamba_ssm_dtype float32)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen3.5-9B')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(32)
    expect(spec.kvHeads).toBe(4)
    expect(spec.headDim).toBe(256) // explicit, = 4096 / 16
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // layer_types: full at 3, 7, …, 31 → 8 full, 24 linear
    expect(kinds(report)).toEqual(cycle(QWEN_NEXT_UNIT, 8))
    // text_config dtype bfloat16: full layer 4 × 2 × 256 × 2 = 4,096; × 8 = 32,768
    expect(memory.kvBytesPerToken).toBe(32_768)
    // KV: 32,768 × 32,768 = 1,073,741,824
    expect(memory.at['32768'].kv).toBe(1_073_741_824)
    // per linear layer: conv 3 × (2·16·128 + 32·128) = 24,576 el × 2 B (bf16) = 49,152
    //   recurrent 32 × 128 × 128 = 524,288 el × 4 B (mamba_ssm_dtype float32) = 2,097,152
    //   = 2,146,304 B; × 24 layers = 51,511,296
    expect(memory.at['32768'].state).toBe(51_511_296)
    // 1,073,741,824 + 51,511,296 = 1,125,253,120
    expect(memory.at['32768'].total).toBe(1_125_253_120)
    expect(sortedCodes(report)).toEqual([])
  })

  it('Qwen/Qwen3.5-35B-A3B (MoE variant, 40 layers)', () => {
    const { report, spec, memory } = analyze('Qwen--Qwen3.5-35B-A3B')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(40)
    expect(spec.kvHeads).toBe(2)
    expect(spec.headDim).toBe(256) // explicit; 2048 / 16 = 128
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // full at 3, 7, …, 39 → 10 full, 30 linear
    expect(kinds(report)).toEqual(cycle(QWEN_NEXT_UNIT, 10))
    // bf16: full layer 2 × 2 × 256 × 2 = 2,048; × 10 = 20,480
    expect(memory.kvBytesPerToken).toBe(20_480)
    // 20,480 × 32,768 = 671,088,640
    expect(memory.at['32768'].kv).toBe(671_088_640)
    // same GDN shapes as the 9B: 49,152 (conv, bf16) + 2,097,152 (recurrent, fp32) = 2,146,304
    // × 30 linear layers = 64,389,120
    expect(memory.at['32768'].state).toBe(64_389_120)
    // 671,088,640 + 64,389,120 = 735,477,760
    expect(memory.at['32768'].total).toBe(735_477_760)
    expect(sortedCodes(report)).toEqual(['head-dim-differs'])
  })

  it('MiniMaxAI/MiniMax-Text-01-hf (lightning attention, every 8th layer full)', () => {
    const { report, spec, memory } = analyze('MiniMaxAI--MiniMax-Text-01-hf')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(80)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // explicit; 6144 / 64 = 96
    expect(spec.slidingWindow).toBeNull() // sliding_window null
    expect(spec.attentionChunk).toBeNull()
    // layer_types: full at 7, 15, …, 79 → 10 full, 70 linear
    expect(kinds(report)).toEqual(cycle(runs(['linear', 7], ['full', 1]), 10))
    // no dtype key → float32 (4 B): full layer 8 × 2 × 128 × 4 = 8,192; × 10 = 81,920
    expect(memory.kvBytesPerToken).toBe(81_920)
    // 81,920 × 32,768 = 2,684,354,560
    expect(memory.at['32768'].kv).toBe(2_684_354_560)
    // lightning state heads × hd × hd = 64 × 128 × 128 = 1,048,576 el × 4 B = 4,194,304
    // × 70 linear layers = 293,601,280
    expect(memory.at['32768'].state).toBe(293_601_280)
    // 2,684,354,560 + 293,601,280 = 2,977,955,840
    expect(memory.at['32768'].total).toBe(2_977_955_840)
    expect(sortedCodes(report)).toEqual(['dtype-assumed', 'head-dim-differs'])
  })

  it('LiquidAI/LFM2.5-VL-1.6B (short convolutions + 6 attention layers)', () => {
    const { report, spec, memory } = analyze('LiquidAI--LFM2.5-VL-1.6B')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(16)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(64) // no head_dim: 2048 / 32
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // layer_types: attention at 2, 5, 8, 10, 12, 14; conv elsewhere (10)
    expect(kinds(report)).toEqual(
      runs(
        ['conv', 2],
        ['full', 1],
        ['conv', 2],
        ['full', 1],
        ['conv', 2],
        ['full', 1],
        ['conv', 1],
        ['full', 1],
        ['conv', 1],
        ['full', 1],
        ['conv', 1],
        ['full', 1],
        ['conv', 1]
      )
    )
    // bf16: full layer 8 × 2 × 64 × 2 = 2,048; × 6 = 12,288
    expect(memory.kvBytesPerToken).toBe(12_288)
    // 12,288 × 32,768 = 402,653,184
    expect(memory.at['32768'].kv).toBe(402_653_184)
    // conv state (conv_L_cache 3 − 1) × hidden 2048 = 4,096 el × 2 B = 8,192; × 10 = 81,920
    expect(memory.at['32768'].state).toBe(81_920)
    // 402,653,184 + 81,920 = 402,735,104
    expect(memory.at['32768'].total).toBe(402_735_104)
    expect(sortedCodes(report)).toEqual([])
  })

  it('ibm-granite/granite-4.0-h-1b (Mamba-2 + 4 attention layers)', () => {
    const { report, spec, memory } = analyze('ibm-granite--granite-4.0-h-1b')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(40)
    expect(spec.kvHeads).toBe(4)
    expect(spec.headDim).toBe(128) // 1536 / 12
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // layer_types: "attention" at 5, 15, 25, 35; "mamba" elsewhere (36)
    expect(kinds(report)).toEqual(
      runs(
        ['ssm', 5],
        ['full', 1],
        ['ssm', 9],
        ['full', 1],
        ['ssm', 9],
        ['full', 1],
        ['ssm', 9],
        ['full', 1],
        ['ssm', 4]
      )
    )
    // bf16: full layer 4 × 2 × 128 × 2 = 2,048; × 4 = 8,192
    expect(memory.kvBytesPerToken).toBe(8_192)
    // 8,192 × 32,768 = 268,435,456
    expect(memory.at['32768'].kv).toBe(268_435_456)
    // Mamba-2: d_inner = 48 heads × 64 = 3,072 (= expand 2 × 1536)
    //   conv (4−1) × (3,072 + 2·1·128) = 3 × 3,328 = 9,984 el
    //   recurrent 48 × 64 × 128 = 393,216 el
    //   (9,984 + 393,216) × 2 B = 806,400; × 36 layers = 29,030,400
    expect(memory.at['32768'].state).toBe(29_030_400)
    // 268,435,456 + 29,030,400 = 297,465,856
    expect(memory.at['32768'].total).toBe(297_465_856)
    expect(sortedCodes(report)).toEqual([])
  })

  it('nvidia/Nemotron-H-56B-Base-8K (hybrid_override_pattern, bare Infinity in the file)', () => {
    const { report, spec, memory } = analyze('nvidia--Nemotron-H-56B-Base-8K')
    expect(report.status).toBe('ok')
    // pattern length 118 (= num_hidden_layers): 54 M, 10 *, 54 - (T14)
    expect(spec.numLayers).toBe(118)
    expect(spec.kvHeads).toBe(8)
    expect(spec.headDim).toBe(128) // attention_head_dim 128 (= 8192 / 64)
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    // "M-M-M-M*-" then 9 × "M-M-M-M-M*-" then "M-M-M-M-M-": * at 7, 18, 29, …, 106
    const mlp = (n: number): LayerKind[] => cycle(['ssm', 'none'], n)
    const head: LayerKind[] = [...mlp(3), 'ssm', 'full', 'none']
    const block: LayerKind[] = [...mlp(4), 'ssm', 'full', 'none']
    expect(kinds(report)).toEqual([...head, ...cycle(block, 9, mlp(5))])
    // bf16: attention layer 8 × 2 × 128 × 2 = 4,096; × 10 = 40,960
    expect(memory.kvBytesPerToken).toBe(40_960)
    // 40,960 × 32,768 = 1,342,177,280
    expect(memory.at['32768'].kv).toBe(1_342_177_280)
    // Mamba-2: d_inner = 256 heads × 64 = 16,384
    //   conv (4−1) × (16,384 + 2·8·256) = 3 × 20,480 = 61,440 el
    //   recurrent 256 × 64 × 256 = 4,194,304 el
    //   no mamba_ssm_cache_dtype key → both in the model dtype (bf16):
    //   (61,440 + 4,194,304) × 2 = 8,511,488 B; × 54 M layers = 459,620,352
    expect(memory.at['32768'].state).toBe(459_620_352)
    // 1,342,177,280 + 459,620,352 = 1,801,797,632
    expect(memory.at['32768'].total).toBe(1_801_797_632)
    expect(sortedCodes(report)).toEqual([])
  })

  it('state-spaces/mamba-2.8b-hf (pure Mamba-1, no KV at all)', () => {
    const { report, spec, memory } = analyze('state-spaces--mamba-2.8b-hf')
    expect(report.status).toBe('ok')
    expect(spec.numLayers).toBe(64)
    expect(spec.kvHeads).toBe(0) // no attention layer
    expect(spec.headDim).toBe(0)
    expect(spec.slidingWindow).toBeNull()
    expect(spec.attentionChunk).toBeNull()
    expect(kinds(report)).toEqual(runs(['ssm', 64]))
    expect(memory.kvBytesPerToken).toBe(0)
    expect(memory.at['32768'].kv).toBe(0)
    // d_inner = intermediate_size 5120 (= expand 2 × 2560); float32 (4 B)
    //   conv (4−1) × 5,120 = 15,360 el; recurrent 5,120 × state_size 16 = 81,920 el
    //   (15,360 + 81,920) × 4 = 389,120 B; × 64 layers = 24,903,680
    expect(memory.at['32768'].state).toBe(24_903_680)
    expect(memory.at['32768'].total).toBe(24_903_680)
    // constant in L: the same at 4,096 and 131,072
    expect(memory.at['4096'].total).toBe(24_903_680)
    expect(memory.at['131072'].total).toBe(24_903_680)
    expect(sortedCodes(report)).toEqual([])
  })
})

describe('corpus: option variations', () => {
  it("Llama-3.1-8B with kvDtype 'fp8' (1 B per element)", () => {
    const { memory } = analyze('meta-llama--Llama-3.1-8B-Instruct', { kvDtype: 'fp8' })
    expect(memory.kvDtype).toBe('fp8')
    expect(memory.bytesPerElement).toBe(1)
    // 32 × 8 × 2 × 128 × 1 = 65,536 (half of bf16's 131,072)
    expect(memory.kvBytesPerToken).toBe(65_536)
    // 65,536 × 32,768 = 2,147,483,648
    expect(memory.at['32768'].total).toBe(2_147_483_648)
  })

  it("Llama-3.1-8B with kvDtype 'mlx-q8' and 'mlx-q4' (group 64)", () => {
    const q8 = analyze('meta-llama--Llama-3.1-8B-Instruct', { kvDtype: 'mlx-q8' })
    // 8 bits + 4 B of scale/bias per 64 elements = 1 + 4/64 = 1.0625 B per element
    expect(q8.memory.bytesPerElement).toBe(1.0625)
    // one 128-dim vector: 128 + 4 × ceil(128/64) = 136 B; per layer 8 × 2 × 136 = 2,176
    // × 32 = 69,632
    expect(q8.memory.kvBytesPerToken).toBe(69_632)
    // 69,632 × 32,768 = 2,281,701,376
    expect(q8.memory.at['32768'].total).toBe(2_281_701_376)
    // head_dim 128 is a multiple of 64 and no layer is windowed: nothing to warn about
    expect(sortedCodes(q8.report)).toEqual([])

    const q4 = analyze('meta-llama--Llama-3.1-8B-Instruct', { kvDtype: 'mlx-q4' })
    expect(q4.memory.bytesPerElement).toBe(0.5625) // 0.5 + 4/64
    // 128/2 + 4 × 2 = 72 B per vector; per layer 8 × 2 × 72 = 1,152; × 32 = 36,864
    expect(q4.memory.kvBytesPerToken).toBe(36_864)
    // 36,864 × 32,768 = 1,207,959,552
    expect(q4.memory.at['32768'].total).toBe(1_207_959_552)
  })

  it("phi-2 with 'mlx-q8': head_dim 80 is not a multiple of the group size", () => {
    const { report, memory } = analyze('microsoft--phi-2', { kvDtype: 'mlx-q8' })
    // 80 + 4 × ceil(80/64) = 80 + 8 = 88 B per vector; per layer 32 × 2 × 88 = 5,632
    // × 32 layers = 180,224
    expect(memory.kvBytesPerToken).toBe(180_224)
    expect(sortedCodes(report)).toEqual(['mlx-group-size'])
    expect(finding(report, 'mlx-group-size').severity).toBe('warning')
  })

  it("gemma-3-27b with 'mlx-q4': windowed caches cannot be quantized by mlx-lm", () => {
    const { report, memory } = analyze('google--gemma-3-27b-it', { kvDtype: 'mlx-q4' })
    // 128/2 + 4 × 2 = 72 B per vector; per layer 16 × 2 × 72 = 2,304; × 62 = 142,848
    expect(memory.kvBytesPerToken).toBe(142_848)
    // 10 × 2,304 × 32,768 = 754,974,720 + 52 × 2,304 × 1,024 = 122,683,392 → 877,658,112
    expect(memory.at['32768'].total).toBe(877_658_112)
    expect(sortedCodes(report)).toEqual(['head-dim-differs', 'mlx-quantized-window'])
    expect(finding(report, 'mlx-quantized-window').severity).toBe('warning')
  })

  it("DeepSeek-R1 with 'fp8': the MLA latent at 1 B", () => {
    const { memory } = analyze('deepseek-ai--DeepSeek-R1', { kvDtype: 'fp8' })
    // 576 × 1 B × 61 layers = 35,136
    expect(memory.kvBytesPerToken).toBe(35_136)
    // 35,136 × 32,768 = 1,151,336,448
    expect(memory.at['32768'].total).toBe(1_151_336_448)
  })

  it("Qwen3.5-9B with 'fp8': the KV shrinks, the recurrent state keeps its dtypes", () => {
    const { memory } = analyze('Qwen--Qwen3.5-9B', { kvDtype: 'fp8' })
    // 8 full layers × 4 × 2 × 256 × 1 = 16,384
    expect(memory.kvBytesPerToken).toBe(16_384)
    // 16,384 × 32,768 = 536,870,912
    expect(memory.at['32768'].kv).toBe(536_870_912)
    // state unchanged: 24 × (49,152 + 2,097,152) = 51,511,296
    expect(memory.at['32768'].state).toBe(51_511_296)
    // 536,870,912 + 51,511,296 = 588,382,208
    expect(memory.at['32768'].total).toBe(588_382_208)
  })

  it('Qwen3.5-9B with batch 4: everything at L × 4, per-token and per-sequence figures unchanged', () => {
    const { memory } = analyze('Qwen--Qwen3.5-9B', { batch: 4 })
    expect(memory.kvBytesPerToken).toBe(32_768) // per token and sequence, as with batch 1
    expect(memory.stateBytes).toBe(51_511_296) // per sequence
    // 4 × 1,073,741,824 = 4,294,967,296
    expect(memory.at['32768'].kv).toBe(4_294_967_296)
    // 4 × 51,511,296 = 206,045,184
    expect(memory.at['32768'].state).toBe(206_045_184)
    // 4 × 1,125,253,120 = 4,501,012,480
    expect(memory.at['32768'].total).toBe(4_501_012_480)
  })

  it('mamba-2.8b with batch 4: one state per sequence', () => {
    const { memory } = analyze('state-spaces--mamba-2.8b-hf', { batch: 4 })
    // 4 × 24,903,680 = 99,614,720
    expect(memory.at['32768'].total).toBe(99_614_720)
    expect(memory.at['32768'].kv).toBe(0)
  })

  it('gemma-3-27b at contexts below, at and above its 1024-token window', () => {
    const { memory } = analyze('google--gemma-3-27b-it', { contexts: [512, 1024, 2048] })
    expect(Object.keys(memory.at).sort()).toEqual(['1024', '2048', '512'])
    // L = 512 < W: every layer holds 512 tokens: 507,904 × 512 = 260,046,848
    expect(memory.at['512'].total).toBe(260_046_848)
    // L = 1024 = W: still every layer full: 507,904 × 1,024 = 520,093,696
    expect(memory.at['1024'].total).toBe(520_093_696)
    // L = 2048: 10 full × 8,192 × 2,048 = 167,772,160 + 52 sliding × 8,192 × 1,024 = 436,207,616
    // → 603,979,776
    expect(memory.at['2048'].total).toBe(603_979_776)
  })

  it('gpt-oss-120b around its 128-token window', () => {
    const { memory } = analyze('openai--gpt-oss-120b', { contexts: [100, 128, 129] })
    // per layer 4,096 B (fp32). L = 100: 36 × 4,096 × 100 = 14,745,600
    expect(memory.at['100'].total).toBe(14_745_600)
    // L = 128: 36 × 4,096 × 128 = 18,874,368
    expect(memory.at['128'].total).toBe(18_874_368)
    // L = 129: 18 full × 4,096 × 129 = 9,510,912 + 18 sliding × 4,096 × 128 = 9,437,184
    // → 18,948,096
    expect(memory.at['129'].total).toBe(18_948_096)
  })
})
