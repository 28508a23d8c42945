/**
 * Regression tests named after peer and engine bugs (../shared/reference/peers.md §4).
 *
 * Every expected number is derived by hand from the config values and the rules in
 * ../shared/reference/kv-rules.md; the arithmetic sits next to each value. Per-layer
 * bytes/token = kv_heads × 2 (K and V) × head_dim × element bytes; MLA = (kv_lora_rank +
 * qk_rope_head_dim) × element bytes once; at context L (batch 1) full/MLA layers hold L tokens,
 * sliding min(L, W), chunked min(L, C); states are constant. bf16/fp16 = 2 B, float32 = 4 B.
 *
 * Regressions from §4 that a config file cannot express, and so have no test here:
 * - ollama/ollama#16958, #9987, #17037: how a runtime allocates and reports its full and SWA
 *   buffers (a second buffer overwriting the first) — runtime bookkeeping, not config reading.
 * - vllm-project/vllm#43308, #40691, #40694, #41153, #50456: vLLM version changes, its token log,
 *   page-size unification and /metrics — engine runtime behaviour.
 * - ggml-org/llama.cpp#12637, PR #13194, PR #13833, #19067 (V-less MLA cache), and gguf-parser's
 *   SWA cells sized with the logical batch (§4.8): llama.cpp cell padding, n_ubatch slack and
 *   cache layout across engine versions.
 * - vLLM block rounding (block 16, +1 block for sliding layers, page padding for hybrids):
 *   allocation granularity, not a property of the config (cachespec reports the ideal bytes).
 * - ml-explore/mlx-vlm#2163: the transient peak while mlx converts an fp16 cache to 8 bits.
 * - NVIDIA/TensorRT-LLM#16707's DeepSeek-V3.2 DSA indexer cache, spark-arena/sparkrun#247 and
 *   jundot/omlx#2626 (DeepSeek-V4, fp8_ds_mla 656 B): no real V3.2/V4 config in the fixtures, the
 *   indexer and fp8_ds_mla are outside the spec's memory rules, and cachespec has no fp8_ds_mla
 *   kv dtype. (The MLA-vs-MHA part of #16707 is tested below.)
 * - inference-sim/inference-sim#1635 (Kimi-K3, KDA + MLA): no config available.
 * - Ollama/llmfit GGML block scales (§4.6 #39): GGUF quant types are not cachespec kv dtypes.
 * - The "per-engine flag" half of Andyyyy64/whichllm#124 (llama.cpp / mlx-lm ignore Mistral
 *   v0.1's uniform window): which runtime honours a window is not in the config. The
 *   window-modelling half is tested below.
 */
import { describe, expect, it } from 'vitest'
import { ownsKvCache, type LayerKind } from '../../src/engine/cache/kinds.js'
import type { ModelReport } from '../../src/engine/report.js'
import {
  analyzeFixture,
  analyzeText,
  codes,
  cycle,
  fixtureText,
  kinds,
  runs
} from '../support/engine.js'

type Json = Record<string, unknown>

function fixtureJson(folder: string): Json {
  return JSON.parse(fixtureText(`${folder}/config.json`)) as Json
}

function analyzeJson(config: Json, options: Parameters<typeof analyzeText>[1] = {}): ModelReport {
  return analyzeText(JSON.stringify(config, null, 2), options)
}

function at(report: ModelReport, context: number): number | null | undefined {
  return report.memory?.at[String(context)]?.total
}

function count(report: ModelReport, kind: LayerKind): number {
  return kinds(report).filter((k) => k === kind).length
}

const GPT_OSS = 'corpus/openai--gpt-oss-120b'
const GEMMA3_27B = 'corpus/google--gemma-3-27b-it'
const GEMMA3_4B = 'corpus/google--gemma-3-4b-it'
const GEMMA3N = 'written/google--gemma-3n-E4B-it'
const GEMMA4 = 'configs/google--gemma-4-E4B'
const DEEPSEEK_R1 = 'corpus/deepseek-ai--DeepSeek-R1'

describe('§4.1 head dimension / head counts', () => {
  // google/gemma-7b's shape (hidden 3072, 16 heads, 16 KV heads, head_dim 256, 28 layers).
  const gemma7b: Json = {
    architectures: ['GemmaForCausalLM'],
    model_type: 'gemma',
    hidden_act: 'gelu',
    hidden_size: 3072,
    intermediate_size: 24576,
    num_hidden_layers: 28,
    num_attention_heads: 16,
    num_key_value_heads: 16,
    head_dim: 256,
    max_position_embeddings: 8192,
    rms_norm_eps: 1e-6,
    rope_theta: 10000.0,
    torch_dtype: 'bfloat16',
    vocab_size: 256000
  }

  it('vllm-project/vllm#2622: head_dim in config wins over hidden/heads (Gemma-7B shape)', () => {
    const report = analyzeJson(gemma7b)
    expect(report.status).toBe('ok')
    expect(report.spec?.headDim).toBe(256) // not 3072 / 16 = 192
    // 16 × 2 × 256 × 2 = 16,384 per layer × 28 = 458,752 (192 would give 344,064)
    expect(report.memory?.kvBytesPerToken).toBe(458_752)
    expect(codes(report)).toContain('head-dim-differs')
  })

  it('vllm-project/vllm#2622: a Gemma config without head_dim gets the family default 256', () => {
    const { head_dim: _dropped, ...withoutHeadDim } = gemma7b
    void _dropped
    const report = analyzeJson(withoutHeadDim)
    expect(report.spec?.headDim).toBe(256) // GemmaConfig default, not 192
    expect(report.memory?.kvBytesPerToken).toBe(458_752) // as above
  })

  it('LMCache/LMCache#688/#694: head_dim is read from the config whatever the model name (Qwen3-4B shape)', () => {
    const qwen3_4b: Json = {
      _name_or_path: 'acme/support-bot-4b', // not "qwen/qwen3-…": the name must not matter
      architectures: ['Qwen3ForCausalLM'],
      model_type: 'qwen3',
      hidden_size: 2560,
      intermediate_size: 9728,
      num_hidden_layers: 36,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 128,
      max_position_embeddings: 40960,
      max_window_layers: 36,
      sliding_window: null,
      use_sliding_window: false,
      tie_word_embeddings: true,
      torch_dtype: 'bfloat16',
      vocab_size: 151936
    }
    const report = analyzeJson(qwen3_4b)
    expect(report.spec?.headDim).toBe(128) // not 2560 / 32 = 80
    // 8 × 2 × 128 × 2 = 4,096 per layer × 36 = 147,456 (80 would give 92,160)
    expect(report.memory?.kvBytesPerToken).toBe(147_456)
  })

  it('vllm-project/vllm#24221: hidden_size_per_head is the head size when head_dim is absent (PLaMo)', () => {
    // PLaMo writes hidden_size_per_head instead of head_dim. Real PLaMo-2 files have
    // hidden_size_per_head 128 = 2048 / 16, which cannot tell the two readings apart, so this
    // pure-attention config sets 64 to make the test discriminate.
    const plamo: Json = {
      architectures: ['PlamoForCausalLM'],
      model_type: 'plamo',
      hidden_size: 2048,
      hidden_size_per_head: 64,
      num_attention_heads: 16,
      num_key_value_heads: 1,
      num_hidden_layers: 16,
      torch_dtype: 'bfloat16'
    }
    const report = analyzeJson(plamo)
    expect(report.status).toBe('ok')
    expect(report.spec?.headDim).toBe(64) // not 2048 / 16 = 128
    expect(report.memory?.kvBytesPerToken).toBe(4_096) // 1 × 2 × 64 × 2 = 256 per layer × 16
    expect(codes(report)).toContain('head-dim-differs')
  })

  it('vllm-project/vllm#14369: Mistral-family head_dim ≠ hidden/heads (Devstral-Small-2, ministral3 text_config)', () => {
    const report = analyzeFixture('corpus/mistralai--Devstral-Small-2-24B-Instruct-2512')
    expect(report.spec?.headDim).toBe(128) // not 5120 / 32 = 160
    expect(report.spec?.kvHeads).toBe(8)
    expect(kinds(report)).toEqual(runs(['full', 40])) // sliding_window null
    // 8 × 2 × 128 × 2 (top-level dtype bfloat16) = 4,096 per layer × 40 = 163,840 (160 → 204,800)
    expect(report.memory?.kvBytesPerToken).toBe(163_840)
  })

  it('paiml/realizar#145: num_attention_heads 0 with head_dim null does not crash, it is an error finding', () => {
    const broken: Json = {
      architectures: ['LlamaForCausalLM'],
      model_type: 'llama',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 0,
      num_key_value_heads: 8,
      head_dim: null,
      torch_dtype: 'bfloat16'
    }
    let report: ModelReport | undefined
    expect(() => (report = analyzeJson(broken))).not.toThrow()
    expect(report?.status).toBe('invalid')
    expect(report?.memory).toBeNull()
    expect(report?.findings.some((f) => f.severity === 'error')).toBe(true)
  })

  it('paiml/realizar#145 (and hf-mem): head_dim null with valid heads falls back to hidden/heads', () => {
    const nullHeadDim: Json = {
      architectures: ['LlamaForCausalLM'],
      model_type: 'llama',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: null,
      torch_dtype: 'bfloat16'
    }
    const report = analyzeJson(nullHeadDim)
    expect(report.status).toBe('ok')
    expect(report.spec?.headDim).toBe(128) // 4096 / 32
    expect(report.memory?.kvBytesPerToken).toBe(131_072) // 8 × 2 × 128 × 2 = 4,096 × 32
  })

  it('raullenchai/Rapid-MLX#1423: Gemma 4 sizes sliding and global layers with their own head dims', () => {
    const report = analyzeFixture(GEMMA4)
    const rows = report.spec?.layers ?? []
    // sliding layers head_dim 256, full layers global_head_dim 512, shared layers own nothing
    expect(new Set(rows.filter((l) => l.kind === 'sliding').map((l) => l.headDim))).toEqual(
      new Set([256])
    )
    expect(new Set(rows.filter((l) => l.kind === 'full').map((l) => l.headDim))).toEqual(
      new Set([512])
    )
    expect(new Set(rows.filter((l) => l.kind === 'full').map((l) => l.kvHeads))).toEqual(
      new Set([2])
    )
    // 20 sliding × (2 × 2 × 256 × 2 = 2,048) + 4 full × (2 × 2 × 512 × 2 = 4,096) = 57,344
    expect(report.memory?.kvBytesPerToken).toBe(57_344)
  })

  it('jranaraki/vllm-fit#2/#14: Llama-2-70B is 327,680 B/token (GQA 8), not 2,621,440', () => {
    const llama2_70b: Json = {
      architectures: ['LlamaForCausalLM'],
      bos_token_id: 1,
      eos_token_id: 2,
      hidden_act: 'silu',
      hidden_size: 8192,
      initializer_range: 0.02,
      intermediate_size: 28672,
      max_position_embeddings: 4096,
      model_type: 'llama',
      num_attention_heads: 64,
      num_hidden_layers: 80,
      num_key_value_heads: 8,
      pretraining_tp: 1,
      rms_norm_eps: 1e-5,
      rope_scaling: null,
      tie_word_embeddings: false,
      torch_dtype: 'float16',
      vocab_size: 32000
    }
    const report = analyzeJson(llama2_70b)
    // 8 × 2 × 128 (8192 / 64) × 2 B = 4,096 per layer × 80 = 327,680
    expect(report.memory?.kvBytesPerToken).toBe(327_680)
  })

  it('meta-llama/llama-models#246: Llama-2-7B is MHA (32 KV heads) as its config says, not 8', () => {
    const llama2_7b: Json = {
      architectures: ['LlamaForCausalLM'],
      hidden_size: 4096,
      intermediate_size: 11008,
      max_position_embeddings: 4096,
      model_type: 'llama',
      num_attention_heads: 32,
      num_hidden_layers: 32,
      num_key_value_heads: 32,
      rms_norm_eps: 1e-5,
      torch_dtype: 'float16',
      vocab_size: 32000
    }
    const report = analyzeJson(llama2_7b)
    expect(report.spec?.kvHeads).toBe(32)
    // 32 × 2 × 128 × 2 = 16,384 per layer × 32 = 524,288 (8 KV heads would give 131,072)
    expect(report.memory?.kvBytesPerToken).toBe(524_288)
  })

  it('HenriGrimm/Minnow#854: KV is not derived from parameter count (FFN and vocab do not change it)', () => {
    const base = fixtureJson('corpus/meta-llama--Llama-3.1-8B-Instruct')
    const bigger = { ...base, intermediate_size: 28672, vocab_size: 256000 }
    // 8 × 2 × 128 × 2 = 4,096 per layer × 32 = 131,072 in both
    expect(analyzeJson(base).memory?.kvBytesPerToken).toBe(131_072)
    expect(analyzeJson(bigger).memory?.kvBytesPerToken).toBe(131_072)
  })
})

describe('§4.2 sliding window', () => {
  it('alvarobartt/hf-mem#60: sliding layers are counted (gpt-oss-120b at len 1: 73,728 B)', () => {
    // The file names no dtype; the 73,728 figure is for the bf16 the model runs in.
    const report = analyzeFixture(GPT_OSS, { contexts: [1], kvDtype: 'bfloat16' })
    // 36 layers × 8 × 2 × 64 × 2 = 2,048 each; at L = 1 sliding layers hold min(1, 128) = 1
    // → 36 × 2,048 = 73,728 (the bug counted only the 18 full layers: 36,864)
    expect(at(report, 1)).toBe(73_728)
  })

  it('alvarobartt/hf-mem#60: with no dtype in the file, float32 is assumed and said so', () => {
    const report = analyzeFixture(GPT_OSS, { contexts: [1] })
    expect(at(report, 1)).toBe(147_456) // 36 × 8 × 2 × 64 × 4 B
    expect(codes(report)).toContain('dtype-assumed')
  })

  it('alvarobartt/hf-mem#64: sliding_window null is tolerated (SmolLM3-3B)', () => {
    const report = analyzeFixture('configs/HuggingFaceTB--SmolLM3-3B')
    expect(report.status).toBe('ok')
    expect(report.spec?.slidingWindow).toBeNull()
    expect(kinds(report)).toEqual(runs(['full', 36]))
  })

  it('gpustack/gguf-parser-go#32: gpt-oss windows come from layer_types, not a table (≈2× over)', () => {
    const report = analyzeFixture(GPT_OSS, { contexts: [32768], kvDtype: 'bfloat16' })
    expect(kinds(report)).toEqual(cycle(runs(['sliding', 1], ['full', 1]), 18))
    // full 18 × 2,048 × 32,768 = 1,207,959,552; sliding 18 × 2,048 × 128 = 4,718,592
    // (all 36 full would be 2,415,919,104)
    expect(at(report, 32768)).toBe(1_212_678_144)
  })

  it('gpustack/gguf-parser-go#32: Gemma 3n windows and shared layers come from the config (≈8× over)', () => {
    const report = analyzeFixture(GEMMA3N, { contexts: [32768] })
    // owners 0–19: 4 full × 2,048 × 32,768 = 268,435,456; 16 sliding × 2,048 × 512 = 16,777,216
    // (35 full layers would be 35 × 2,048 × 32,768 = 2,348,810,240)
    expect(at(report, 32768)).toBe(285_212_672)
  })

  it('vllm-project/vllm#19029: a uniform window caps every layer of a long request (StarCoder2-15B)', () => {
    const report = analyzeFixture('corpus/bigcode--starcoder2-15b', { contexts: [16384] })
    expect(kinds(report)).toEqual(runs(['sliding', 40]))
    // 4 × 2 × 128 (6144 / 48) × 4 B (float32) = 4,096 per layer × 40 = 163,840 B/token
    expect(report.memory?.kvBytesPerToken).toBe(163_840)
    // 163,840 × min(16384, 4096) = 671,088,640 (uncapped: 2,684,354,560)
    expect(at(report, 16384)).toBe(671_088_640)
  })

  it('vllm-project/vllm#39254: Gemma 4 sliding layers are charged min(L, W), not L', () => {
    const report = analyzeFixture(GEMMA4, { contexts: [131072] })
    // sliding 20 × 2,048 × 512 = 20,971,520; full 4 × 4,096 × 131,072 = 2,147,483,648
    expect(at(report, 131072)).toBe(2_168_455_168)
  })

  it('vllm-project/vllm#21863: Gemma 3n window only on the layers layer_types marks sliding', () => {
    const rows = analyzeFixture(GEMMA3N).spec?.layers ?? []
    expect(new Set(rows.filter((l) => l.kind === 'sliding').map((l) => l.window))).toEqual(
      new Set([512])
    )
    expect(new Set(rows.filter((l) => l.kind === 'full').map((l) => l.window))).toEqual(
      new Set([null])
    )
    expect(rows.filter((l) => l.kind === 'full').map((l) => l.index)).toEqual([4, 9, 14, 19])
  })

  it('Andyyyy64/whichllm#124 + ml-explore/mlx#3840: Gemma-3-27B at 128K windows 52 layers, 10 keep growing', () => {
    const report = analyzeFixture(GEMMA3_27B, { contexts: [32768, 131072] })
    // 62 layers, 16 KV heads × 2 × 128 × 2 = 8,192 per layer; globals i = 5, 11, …, 59 (10)
    // 131072: full 10 × 8,192 × 131,072 = 10,737,418,240; sliding 52 × 8,192 × 1,024 = 436,207,616
    expect(at(report, 131072)).toBe(11_173_625_856)
    // 32768: 10 × 8,192 × 32,768 = 2,684,354,560 + 436,207,616
    expect(at(report, 32768)).toBe(3_120_562_176)
    // growth = 10 full layers × 8,192 × (131,072 − 32,768) = 8,053,063,680
    expect((at(report, 131072) ?? 0) - (at(report, 32768) ?? 0)).toBe(8_053_063_680)
  })

  it('tenstorrent/tt-xla#5727: the window is min(W, L) when L < W (Gemma-3-27B at 512 tokens)', () => {
    const report = analyzeFixture(GEMMA3_27B, { contexts: [512] })
    // every layer holds min(512, ·) = 512: 62 × 8,192 × 512
    expect(at(report, 512)).toBe(260_046_848)
  })

  it('predibase/lorax#532 (Qwen2 use_sliding_window=false trap): Qwen2.5-7B-Instruct is all full', () => {
    const report = analyzeFixture('corpus/Qwen--Qwen2.5-7B-Instruct', { contexts: [32768] })
    expect(kinds(report)).toEqual(runs(['full', 28]))
    expect(report.spec?.slidingWindow).toBeNull()
    // 4 × 2 × 128 (3584 / 28) × 2 = 2,048 per layer × 28 = 57,344; × 32,768
    expect(at(report, 32768)).toBe(1_879_048_192)
    expect(codes(report)).toContain('window-disabled')
  })

  it('predibase/lorax#532, InternLM/lmdeploy#3614, vllm#17772: Qwen2.5-72B shape (window 131072, max_window_layers 70) is all full', () => {
    const qwen25_72b: Json = {
      architectures: ['Qwen2ForCausalLM'],
      model_type: 'qwen2',
      hidden_size: 8192,
      intermediate_size: 29568,
      num_hidden_layers: 80,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      max_position_embeddings: 32768,
      max_window_layers: 70,
      sliding_window: 131072,
      use_sliding_window: false,
      rope_theta: 1000000.0,
      torch_dtype: 'bfloat16',
      vocab_size: 152064
    }
    const report = analyzeJson(qwen25_72b, { contexts: [32768] })
    expect(kinds(report)).toEqual(runs(['full', 80])) // not layers 70–79 sliding
    expect(report.spec?.slidingWindow).toBeNull()
    // 8 × 2 × 128 × 2 = 4,096 per layer × 80 = 327,680; × 32,768
    expect(report.memory?.kvBytesPerToken).toBe(327_680)
    expect(at(report, 32768)).toBe(10_737_418_240)
  })

  it('huggingface/transformers#35896 + Blackwellboy/model-serving-minefield#107: with use_sliding_window, layers ≥ max_window_layers slide', () => {
    // Qwen2.5-7B-Instruct with the window switched on (a variant, not a released file).
    const variant = {
      ...fixtureJson('corpus/Qwen--Qwen2.5-7B-Instruct'),
      use_sliding_window: true,
      sliding_window: 4096,
      max_window_layers: 20
    }
    const report = analyzeJson(variant, { contexts: [32768] })
    expect(kinds(report)).toEqual(runs(['full', 20], ['sliding', 8])) // i ≥ 20 sliding
    // full 20 × 2,048 × 32,768 = 1,342,177,280; sliding 8 × 2,048 × 4,096 = 67,108,864
    expect(at(report, 32768)).toBe(1_409_286_144)
  })

  it('predibase/lorax#128, ModelTC/LightLLM#273, mistral.rs#82, axolotl#1047: Mistral null window = full; v0.1 → v0.3 is an 8× change at 32K', () => {
    const v03 = analyzeFixture('configs/mistralai--Mistral-7B-v0.3', { contexts: [32768] })
    const v01 = analyzeFixture('written/mistralai--Mistral-7B-v0.1', { contexts: [32768] })
    expect(kinds(v03)).toEqual(runs(['full', 32]))
    expect(kinds(v01)).toEqual(runs(['sliding', 32]))
    // 32 × 8 × 2 × 128 × 2 = 131,072 B/token; v0.3 × 32,768; v0.1 × min(32768, 4096)
    expect(at(v03, 32768)).toBe(4_294_967_296)
    expect(at(v01, 32768)).toBe(536_870_912)
  })
})

describe('§4.3 MLA', () => {
  it('gpustack/gguf-parser-go#8: DeepSeek-V3/R1 @64K caches the latent, not per-head K/V', () => {
    const report = analyzeFixture(DEEPSEEK_R1, { contexts: [65536] })
    expect(report.spec?.numLayers).toBe(61) // the MTP layer (num_nextn_predict_layers 1) is not cached
    expect(kinds(report)).toEqual(runs(['mla', 61]))
    // (512 + 64) × 2 B = 1,152 per layer × 61 = 70,272; × 65,536
    // (per-head K/V: 128 × (192 + 128) × 2 × 61 = 4,997,120 B/token)
    expect(at(report, 65536)).toBe(4_605_345_792)
  })

  it('LMCache/LMCache#694/#2132: MLA has no K/V factor 2 (DeepSeek-R1: 70,272 B/token, not 140,544)', () => {
    const report = analyzeFixture(DEEPSEEK_R1)
    expect(report.spec?.headDim).toBe(576) // kv_lora_rank 512 + qk_rope_head_dim 64
    expect(report.spec?.kvHeads).toBe(1) // num_key_value_heads 128 is irrelevant under MLA
    expect(report.memory?.kvBytesPerToken).toBe(70_272) // 61 × 576 × 2
  })

  it('NVIDIA/TensorRT-LLM#16707: the MHA formula is not applied to MLA (≈25× over for DeepSeek-R1)', () => {
    const report = analyzeFixture(DEEPSEEK_R1)
    // MHA reading (as hf-mem does): 128 KV heads × 2 × 56 (7168 / 128) × 2 B × 61 = 1,748,992;
    // the latent is 61 × 576 × 2 = 70,272 (1,748,992 / 70,272 ≈ 24.9)
    expect(report.memory?.kvBytesPerToken).toBe(70_272)
    expect(report.memory?.kvBytesPerToken).not.toBe(1_748_992)
  })

  it('panbanda/higgs#254: DeepSeek-(Coder-)V2-Lite is 31,104 B/token, not 276,480', () => {
    // DeepSeek-Coder-V2-Lite has the V2-Lite attention geometry (27 layers, 512 + 64).
    const report = analyzeFixture('written/deepseek-ai--DeepSeek-V2-Lite')
    // 27 × (512 + 64) × 2 = 31,104 (decompressed: 27 × 16 heads × (192 + 128) × 2 = 276,480)
    expect(report.memory?.kvBytesPerToken).toBe(31_104)
  })

  it('unslothai/unsloth#4757: Qwen3-0.6B is 114,688 B/token, not the legacy 57,344', () => {
    const report = analyzeFixture('written/Qwen--Qwen3-0.6B')
    // 28 × 8 × 2 × 128 × 2 (hidden/heads = 64 would halve it)
    expect(report.memory?.kvBytesPerToken).toBe(114_688)
  })
})

describe('§4.4 linear-attention / SSM hybrids', () => {
  it('gpustack/gguf-parser-go#28: full_attention_interval is honoured (Qwen3-Next-80B, no layer_types)', () => {
    const report = analyzeFixture('corpus/Qwen--Qwen3-Next-80B-A3B-Thinking', { contexts: [32768] })
    expect(kinds(report)).toEqual(cycle(runs(['linear', 3], ['full', 1]), 12))
    // 12 full × 2 × 2 × 256 × 2 = 2,048 → 24,576 B/token (48 full would be 98,304: 4× over)
    expect(report.memory?.kvBytesPerToken).toBe(24_576)
    // state per GDN layer: conv (4 − 1) × (2 × 16 × 128 + 32 × 128) = 24,576;
    // recurrent 32 × 128 × 128 = 524,288; (24,576 + 524,288) × 2 B = 1,097,728 × 36 = 39,518,208
    expect(report.memory?.stateBytes).toBe(39_518_208)
    // 24,576 × 32,768 = 805,306,368 + 39,518,208
    expect(at(report, 32768)).toBe(844_824_576)
  })

  it('LMCache/LMCache#3080 + vllm-project/vllm#37124: Qwen3.5 linear layers hold a state, not per-token KV', () => {
    const report = analyzeFixture('corpus/Qwen--Qwen3.5-35B-A3B', { contexts: [32768] })
    expect(kinds(report)).toEqual(cycle(runs(['linear', 3], ['full', 1]), 10))
    expect(report.memory?.kvBytesPerToken).toBe(20_480) // 10 × 2 × 2 × 256 × 2
    // conv 24,576 × 2 B (bf16) + recurrent 524,288 × 4 B (mamba_ssm_dtype float32)
    // = 49,152 + 2,097,152 = 2,146,304 per layer × 30 = 64,389,120
    expect(report.memory?.stateBytes).toBe(64_389_120)
    // 20,480 × 32,768 = 671,088,640 + 64,389,120 (all 40 layers as KV: 2,684,354,560)
    expect(at(report, 32768)).toBe(735_477_760)
  })

  it('AlexsJones/llmfit#951/#203, jundot/omlx#2725, lmstudio-ai/lmstudio-bug-tracker#1862: KV layers, not num_hidden_layers (Qwen3.5-9B)', () => {
    const report = analyzeFixture('corpus/Qwen--Qwen3.5-9B', { contexts: [32768] })
    expect(report.spec?.numLayers).toBe(32)
    expect(kinds(report).filter(ownsKvCache).length).toBe(8) // layers 3, 7, …, 31
    // 8 × 4 × 2 × 256 × 2 = 32,768 B/token (32 layers would be 131,072: 4× over)
    expect(report.memory?.kvBytesPerToken).toBe(32_768)
    // state 24 × (24,576 × 2 + 524,288 × 4) = 24 × 2,146,304 = 51,511,296
    // 32,768 × 32,768 = 1,073,741,824 + 51,511,296
    expect(at(report, 32768)).toBe(1_125_253_120)
  })

  it('inference-sim/inference-sim#1558 + NVIDIA/TensorRT-LLM#5371: only "*" layers of Nemotron-H hold KV', () => {
    const folder = 'corpus/nvidia--Nemotron-H-56B-Base-8K'
    const pattern = String(
      (JSON.parse(fixtureText(`${folder}/config.json`).replace('Infinity', '1e308')) as Json)
        .hybrid_override_pattern
    )
    const byChar: Record<string, LayerKind> = { M: 'ssm', '*': 'full', '-': 'none' }
    const report = analyzeFixture(folder, { contexts: [32768] })
    expect(report.status).toBe('ok')
    expect(report.spec?.numLayers).toBe(118) // the pattern's length
    expect(kinds(report)).toEqual([...pattern].map((c) => byChar[c]))
    expect([count(report, 'full'), count(report, 'ssm'), count(report, 'none')]).toEqual([
      10, 54, 54
    ])
    // 10 × 8 × 2 × 128 (attention_head_dim) × 2 = 40,960 B/token
    expect(report.memory?.kvBytesPerToken).toBe(40_960)
    // Mamba-2: d_inner 256 × 64 = 16,384; conv 3 × (16,384 + 2 × 8 × 256) = 61,440;
    // recurrent 256 × 64 × 256 = 4,194,304; × 2 B (no mamba_ssm_cache_dtype key) = 8,511,488
    // per layer × 54 = 459,620,352
    expect(report.memory?.stateBytes).toBe(459_620_352)
    // 40,960 × 32,768 = 1,342,177,280 + 459,620,352
    expect(at(report, 32768)).toBe(1_801_797_632)
  })

  it('lightseekorg/tokenspeed#194: Jamba attention layers come from attn_layer_period/offset, not all layers', () => {
    const report = analyzeFixture('written/ai21labs--Jamba-v0.1')
    expect(report.spec?.layers.filter((l) => l.kind === 'full').map((l) => l.index)).toEqual([
      4, 12, 20, 28
    ])
    // 4 × 8 × 2 × 128 × 2 = 16,384 B/token (all 32: 131,072)
    expect(report.memory?.kvBytesPerToken).toBe(16_384)
  })
})

describe('§4.5 nested and unusual configs', () => {
  it('jranaraki/vllm-fit#31: text_config (Gemma-3-4B: sparse, family defaults fill the gaps)', () => {
    const report = analyzeFixture(GEMMA3_4B, { contexts: [32768] })
    // text_config has no heads/kvh/head_dim: Gemma3 defaults 8 / 4 / 256; 34 layers, window 1024
    expect(report.spec?.kvHeads).toBe(4)
    expect(report.spec?.headDim).toBe(256)
    // 4 × 2 × 256 × 2 = 4,096 per layer × 34 = 139,264
    expect(report.memory?.kvBytesPerToken).toBe(139_264)
    // globals 5, 11, 17, 23, 29: 5 × 4,096 × 32,768 = 671,088,640; 29 × 4,096 × 1,024 = 121,634,816
    expect(at(report, 32768)).toBe(792_723_456)
  })

  it('jranaraki/vllm-fit#31: llm_config (InternVL2-2B)', () => {
    const report = analyzeFixture('configs/OpenGVLab--InternVL2-2B')
    expect(report.modelType).toBe('internlm2')
    expect(report.memory?.kvBytesPerToken).toBe(98_304) // 24 × 8 × 2 × 128 × 2
  })

  it('jranaraki/vllm-fit#31: language_config (deepseek-vl2-small, MLA)', () => {
    const report = analyzeFixture('written/deepseek-ai--deepseek-vl2-small')
    expect(report.modelType).toBe('deepseek_v2')
    expect(report.memory?.kvBytesPerToken).toBe(31_104) // 27 × 576 × 2
  })

  it('jranaraki/vllm-fit#31: thinker_config.text_config (Qwen2.5-Omni-7B)', () => {
    const report = analyzeFixture('configs/Qwen--Qwen2.5-Omni-7B-GPTQ-Int4')
    expect(report.modelType).toBe('qwen2_5_omni_text')
    expect(report.memory?.kvBytesPerToken).toBe(57_344) // 28 × 4 × 2 × 128 × 2
  })

  it('jranaraki/vllm-fit#31: a nested text config missing its dimensions fails loudly, not with defaults', () => {
    const vlm: Json = {
      architectures: ['SomeVlmForConditionalGeneration'],
      model_type: 'some_vlm',
      text_config: { model_type: 'some_text', hidden_size: 4096 },
      vision_config: { hidden_size: 1024, num_attention_heads: 16, num_hidden_layers: 24 },
      torch_dtype: 'bfloat16'
    }
    const report = analyzeJson(vlm)
    expect(report.status).toBe('invalid')
    expect(report.memory).toBeNull()
    expect(codes(report)).toContain('missing-dimension')
  })

  it('jundot/omlx#1448, raullenchai/Rapid-MLX#1208, IINemo/lm-polygraph#429: vision-tower dims are not the decoder (Gemma-3-4B)', () => {
    const report = analyzeFixture(GEMMA3_4B)
    // vision_config: 27 layers, hidden 1152, 16 heads — none of these may leak in
    expect(report.spec?.numLayers).toBe(34)
    expect(report.spec?.headDim).toBe(256) // not 1152 / 16 = 72
    expect(report.spec?.kvHeads).toBe(4)
  })

  it('lablup/mlxcel#927: GPT-2 n_layer / n_embd / n_head (gpt2-large)', () => {
    const report = analyzeFixture('corpus/openai-community--gpt2-large')
    expect(report.spec?.numLayers).toBe(36) // n_layer
    expect(report.spec?.kvHeads).toBe(20) // n_head (MHA)
    expect(report.spec?.headDim).toBe(64) // n_embd 1280 / 20
    // no dtype → float32: 20 × 2 × 64 × 4 = 10,240 per layer × 36
    expect(report.memory?.kvBytesPerToken).toBe(368_640)
  })

  it('lablup/mlxcel#927: GPT-BigCode multi_query → 1 KV head (santacoder)', () => {
    const report = analyzeFixture('configs/bigcode--gpt_bigcode-santacoder')
    expect(report.spec?.kvHeads).toBe(1) // not n_head 16
    expect(report.memory?.kvBytesPerToken).toBe(24_576) // 24 × 1 × 2 × 128 × 4 B
  })
})

describe('§4.6 / §4.7 quantized KV and published tables', () => {
  it('ml-explore/mlx-lm#1573: mlx quantized KV on a windowed model is flagged; scales are counted', () => {
    const report = analyzeFixture(GEMMA3_4B, { kvDtype: 'mlx-q8' })
    expect(codes(report)).toContain('mlx-quantized-window')
    // 8-bit, group 64: per 256-dim vector 256 B + 4 groups × (scale + bias, 2 B each) = 272 B
    // 4 KV heads × 2 × 272 = 2,176 per layer × 34 = 73,984
    expect(report.memory?.kvBytesPerToken).toBe(73_984)
  })

  it('huggingface/blog#2345: Llama-3.1-405B with 8 KV heads is 516,096 B/token (exact bytes, no GB/GiB mixing)', () => {
    const llama31_405b: Json = {
      architectures: ['LlamaForCausalLM'],
      model_type: 'llama',
      hidden_size: 16384,
      intermediate_size: 53248,
      num_hidden_layers: 126,
      num_attention_heads: 128,
      num_key_value_heads: 8,
      max_position_embeddings: 131072,
      rope_scaling: {
        factor: 8.0,
        low_freq_factor: 1.0,
        high_freq_factor: 4.0,
        original_max_position_embeddings: 8192,
        rope_type: 'llama3'
      },
      rope_theta: 500000.0,
      torch_dtype: 'bfloat16',
      vocab_size: 128256
    }
    const report = analyzeJson(llama31_405b, { contexts: [1024, 16384] })
    // 8 × 2 × 128 (16384 / 128) × 2 = 4,096 per layer × 126 = 516,096
    expect(report.memory?.kvBytesPerToken).toBe(516_096)
    expect(at(report, 1024)).toBe(528_482_304) // 516,096 × 1,024
    expect(at(report, 16384)).toBe(8_455_716_864) // 516,096 × 16,384
  })
})

describe('§4.8 code-inferred peer defects', () => {
  it('gguf-parser-go gemma3 phase: 10 / 5 / 4 global layers for 62 / 34 / 26-layer Gemma 3 (last of each 6)', () => {
    const g27 = analyzeFixture(GEMMA3_27B)
    const g4 = analyzeFixture(GEMMA3_4B)
    const g1 = analyzeFixture('written/google--gemma-3-1b-it')
    const globals = (r: ModelReport) =>
      r.spec?.layers.filter((l) => l.kind === 'full').map((l) => l.index)
    expect(globals(g27)).toEqual([5, 11, 17, 23, 29, 35, 41, 47, 53, 59]) // 10 (dense-first: 11)
    expect(globals(g4)).toEqual([5, 11, 17, 23, 29]) // 5 (dense-first: 6)
    expect(globals(g1)).toEqual([5, 11, 17, 23]) // 4 (dense-first: 5)
  })

  it('hf-mem: layer_types linear_attention is not charged full context (Qwen3.5-9B)', () => {
    const report = analyzeFixture('corpus/Qwen--Qwen3.5-9B', { contexts: [32768] })
    // only the 8 full layers scale: 8 × 4,096 × 32,768 (hf-mem: all 32 → 4,294,967,296)
    expect(report.memory?.at['32768']?.kv).toBe(1_073_741_824)
  })

  it('hf-mem: layer_types mamba is not charged full context (granite-4.0-h-1b)', () => {
    const report = analyzeFixture('corpus/ibm-granite--granite-4.0-h-1b', { contexts: [32768] })
    expect(report.spec?.layers.filter((l) => l.kind === 'full').map((l) => l.index)).toEqual([
      5, 15, 25, 35
    ])
    // 4 × 4 × 2 × 128 (1536 / 12) × 2 = 8,192 B/token
    expect(report.memory?.kvBytesPerToken).toBe(8_192)
    // Mamba-2: d_inner 48 × 64 = 3,072; conv 3 × (3,072 + 2 × 1 × 128) = 9,984;
    // recurrent 48 × 64 × 128 = 393,216; × 2 B = 806,400 per layer × 36 = 29,030,400
    // kv 8,192 × 32,768 = 268,435,456
    expect(report.memory?.at['32768']).toEqual({
      kv: 268_435_456,
      state: 29_030_400,
      total: 297_465_856
    })
  })

  it('hf-mem: layer_types chunked_attention is charged min(L, C), not L (Llama-4-Scout re-saved with layer_types)', () => {
    // The mlx Scout file plus the layer_types list newer transformers write for llama4_text.
    const scout = fixtureJson('configs/mlx-community--meta-llama-Llama-4-Scout-17B-16E-6bit')
    const text = scout.text_config as Json
    const layerTypes = Array.from({ length: 48 }, (_, i) =>
      (i + 1) % 4 === 0 ? 'full_attention' : 'chunked_attention'
    )
    const report = analyzeJson(
      { ...scout, text_config: { ...text, layer_types: layerTypes } },
      { contexts: [32768] }
    )
    expect(kinds(report)).toEqual(cycle(runs(['chunked', 3], ['full', 1]), 12))
    // full 12 × 4,096 × 32,768 = 1,610,612,736; chunked 36 × 4,096 × 8,192 = 1,207,959,552
    // (hf-mem: all 48 × 4,096 × 32,768 = 6,442,450,944)
    expect(at(report, 32768)).toBe(2_818_572_288)
  })

  it('Ollama gpt-oss: sliding layers hold 128 tokens, not 4096', () => {
    const report = analyzeFixture(GPT_OSS, { contexts: [32768], kvDtype: 'bfloat16' })
    const windows = new Set(
      report.spec?.layers.filter((l) => l.kind === 'sliding').map((l) => l.window)
    )
    expect(windows).toEqual(new Set([128]))
    // 18 × 2,048 × 32,768 + 18 × 2,048 × 128 (with 4096: 1,358,954,496)
    expect(at(report, 32768)).toBe(1_212_678_144)
  })

  it('Gemma-3n: 20 cache-owning layers (35 − num_kv_shared_layers 15)', () => {
    const report = analyzeFixture(GEMMA3N)
    expect(kinds(report).filter(ownsKvCache).length).toBe(20)
    expect(count(report, 'shared')).toBe(15)
    expect(report.spec?.layers.filter((l) => l.kind === 'shared').map((l) => l.index)).toEqual(
      Array.from({ length: 15 }, (_, i) => 20 + i)
    )
    expect(report.memory?.kvBytesPerToken).toBe(40_960) // 20 × 2 × 2 × 256 × 2
  })
})
