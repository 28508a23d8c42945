/**
 * One test per hand-written config in test/fixtures/written (see its SOURCES.md: these are
 * written from the published values, not copied files).
 *
 * Every expected number is derived by hand from the config values and the rules in
 * ../shared/reference/kv-rules.md; the arithmetic sits next to each value. Notation:
 * per-layer bytes/token = kv_heads × 2 (K and V) × head_dim × element bytes; MLA = (kv_lora_rank +
 * qk_rope_head_dim) × element bytes once; at a context L (batch 1) full/MLA layers hold L tokens,
 * sliding min(L, W), chunked min(L, C); states are constant. L = 32768 unless a test says
 * otherwise. Every file here is bfloat16 (2 bytes).
 */
import { describe, it } from 'vitest'
import type { LayerKind } from '../../src/engine/cache/kinds.js'
import { analyzeFixture, cycle, runs } from '../support/engine.js'
import { expectSpec } from '../support/spec-expectations.js'

const dir = (name: string) => `written/${name}`

describe('hand-written configs (test/fixtures/written)', () => {
  it('mistralai/Mistral-7B-v0.1: sliding_window 4096 caps every layer (vLLM uniform window)', () => {
    expectSpec(analyzeFixture(dir('mistralai--Mistral-7B-v0.1'), { contexts: [4096, 32768] }), {
      numLayers: 32,
      kvHeads: 8,
      headDim: 128, // 4096 / 32
      slidingWindow: 4096,
      attentionChunk: null,
      kinds: runs(['sliding', 32]), // no layer_types: the one window applies to all layers
      kvBytesPerToken: 131_072, // 8 × 2 × 128 × 2 = 4,096 per layer × 32
      at: {
        '4096': { kv: 536_870_912, state: 0, total: 536_870_912 }, // 131,072 × min(4096, 4096)
        '32768': { kv: 536_870_912, state: 0, total: 536_870_912 } // 131,072 × min(32768, 4096)
      },
      codes: []
    })
  })

  it('microsoft/Phi-3-mini-4k-instruct: sliding_window 2047 on every layer, head_dim 96', () => {
    expectSpec(analyzeFixture(dir('microsoft--Phi-3-mini-4k-instruct')), {
      numLayers: 32,
      kvHeads: 32,
      headDim: 96, // 3072 / 32
      slidingWindow: 2047,
      attentionChunk: null,
      kinds: runs(['sliding', 32]),
      kvBytesPerToken: 393_216, // 32 × 2 × 96 × 2 = 12,288 per layer × 32
      at: {
        // 393,216 × min(32768, 2047) = 393,216 × 2,047
        '32768': { kv: 804_913_152, state: 0, total: 804_913_152 }
      },
      codes: [] // 2047 < max_position_embeddings 4096
    })
  })

  it('google/gemma-3-1b-it: gemma3_text, sliding_window_pattern 6, window 512', () => {
    expectSpec(analyzeFixture(dir('google--gemma-3-1b-it')), {
      numLayers: 26,
      kvHeads: 1,
      headDim: 256, // explicit; 1152 / 4 = 288 would be wrong
      slidingWindow: 512,
      attentionChunk: null,
      // global where (i + 1) % 6 == 0: i = 5, 11, 17, 23 → 4 full, 22 sliding
      kinds: cycle(runs(['sliding', 5], ['full', 1]), 4, runs(['sliding', 2])),
      kvBytesPerToken: 26_624, // 1 × 2 × 256 × 2 = 1,024 per layer × 26
      at: {
        // full     4 × 1,024 × 32,768         = 134,217,728
        // sliding 22 × 1,024 × min(32768, 512) =  11,534,336
        '32768': { kv: 145_752_064, state: 0, total: 145_752_064 }
      },
      codes: ['head-dim-differs'] // 256 vs 1152 / 4 = 288
    })
  })

  it('google/gemma-3-12b-it: text_config without head_dim → 256, not 3840/16 = 240', () => {
    expectSpec(analyzeFixture(dir('google--gemma-3-12b-it')), {
      numLayers: 48,
      kvHeads: 8,
      headDim: 256, // Gemma3TextConfig default head_dim
      slidingWindow: 1024,
      attentionChunk: null,
      // no sliding_window_pattern: default 6 → full at i = 5, 11, …, 47 (8 full, 40 sliding)
      kinds: cycle(runs(['sliding', 5], ['full', 1]), 8),
      kvBytesPerToken: 393_216, // 8 × 2 × 256 × 2 = 8,192 per layer × 48
      at: {
        // full     8 × 8,192 × 32,768           = 2,147,483,648
        // sliding 40 × 8,192 × min(32768, 1024) =   335,544,320
        '32768': { kv: 2_483_027_968, state: 0, total: 2_483_027_968 }
      },
      codes: ['head-dim-differs'] // default 256 vs 3840 / 16 = 240
    })
  })

  it('google/gemma-3n-E4B-it: num_kv_shared_layers 15 → 20 cache-owning layers', () => {
    expectSpec(analyzeFixture(dir('google--gemma-3n-E4B-it')), {
      numLayers: 35,
      kvHeads: 2,
      headDim: 256, // = 2048 / 8
      slidingWindow: 512,
      attentionChunk: null,
      // layer_types: full where (i + 1) % 5 == 0; layers 35 − 15 = 20 … 34 reuse earlier KV
      kinds: [...cycle(runs(['sliding', 4], ['full', 1]), 4), ...runs(['shared', 15])],
      // owners 0–19: 16 sliding + 4 full (4, 9, 14, 19); 2 × 2 × 256 × 2 = 2,048 per layer
      kvBytesPerToken: 40_960, // 20 × 2,048
      at: {
        // full     4 × 2,048 × 32,768          = 268,435,456
        // sliding 16 × 2,048 × min(32768, 512) =  16,777,216
        '32768': { kv: 285_212_672, state: 0, total: 285_212_672 }
      },
      codes: []
    })
  })

  it('deepseek-ai/DeepSeek-V2-Lite: MLA latent 512 + rope 64, once per layer', () => {
    expectSpec(analyzeFixture(dir('deepseek-ai--DeepSeek-V2-Lite')), {
      numLayers: 27,
      kvHeads: 1, // MLA: one latent "head" (num_key_value_heads 16 is irrelevant)
      headDim: 576, // kv_lora_rank 512 + qk_rope_head_dim 64
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['mla', 27]),
      kvBytesPerToken: 31_104, // 576 × 2 B = 1,152 per layer × 27 (no K/V factor 2)
      at: {
        // 31,104 × 32,768
        '32768': { kv: 1_019_215_872, state: 0, total: 1_019_215_872 }
      },
      codes: []
    })
  })

  it('ai21labs/Jamba-v0.1: attention at i % 8 == 4, Mamba-1 state elsewhere', () => {
    const unit: LayerKind[] = [...runs(['ssm', 4], ['full', 1], ['ssm', 3])]
    expectSpec(analyzeFixture(dir('ai21labs--Jamba-v0.1')), {
      numLayers: 32,
      kvHeads: 8,
      headDim: 128, // 4096 / 32
      slidingWindow: null,
      attentionChunk: null,
      kinds: cycle(unit, 4), // attention on 4, 12, 20, 28
      kvBytesPerToken: 16_384, // 8 × 2 × 128 × 2 = 4,096 per layer × 4 attention layers
      at: {
        // kv: 16,384 × 32,768 = 536,870,912
        // Mamba-1: d_inner = mamba_expand 2 × 4096 = 8192
        //   conv (4 − 1) × 8192 = 24,576; recurrent 8192 × 16 = 131,072
        //   (24,576 + 131,072) × 2 B = 311,296 per layer × 28 = 8,716,288
        '32768': { kv: 536_870_912, state: 8_716_288, total: 545_587_200 }
      },
      codes: []
    })
  })

  it('tiiuae/Falcon-H1-7B-Instruct: every layer holds KV and a Mamba-2 state', () => {
    expectSpec(analyzeFixture(dir('tiiuae--Falcon-H1-7B-Instruct')), {
      numLayers: 44,
      kvHeads: 2,
      headDim: 128, // explicit; 3072 / 12 = 256 would be wrong
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['hybrid', 44]),
      kvBytesPerToken: 45_056, // 2 × 2 × 128 × 2 = 1,024 per layer × 44
      at: {
        // kv: 45,056 × 32,768 = 1,476,395,008
        // Mamba-2: d_inner = mamba_d_ssm 3072
        //   conv (4 − 1) × (3072 + 2 × 1 × 256) = 3 × 3,584 = 10,752
        //   recurrent 24 heads × 128 × 256 = 786,432
        //   (10,752 + 786,432) × 2 B = 1,594,368 per layer × 44 = 70,152,192
        '32768': { kv: 1_476_395_008, state: 70_152_192, total: 1_546_547_200 }
      },
      codes: ['head-dim-differs'] // 128 vs 3072 / 12 = 256
    })
  })

  it('mistralai/Mamba-Codestral-7B-v0.1: mamba2, state only', () => {
    expectSpec(analyzeFixture(dir('mistralai--Mamba-Codestral-7B-v0.1')), {
      numLayers: 64,
      kvHeads: 0,
      headDim: 0,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['ssm', 64]),
      kvBytesPerToken: 0,
      at: {
        // d_inner = num_heads 128 × head_dim 64 = 8192 (= expand 2 × 4096)
        // conv (4 − 1) × (8192 + 2 × 8 × 128) = 3 × 10,240 = 30,720
        // recurrent 128 × 64 × 128 = 1,048,576
        // (30,720 + 1,048,576) × 2 B = 2,158,592 per layer × 64 = 138,149,888
        '32768': { kv: 0, state: 138_149_888, total: 138_149_888 }
      },
      codes: []
    })
  })

  it('nvidia/Llama-3_3-Nemotron-Super-49B-v1: block_configs, no_op attention holds nothing', () => {
    // Attention blocks (n_heads_in_group 8): 0–5, 8–10, 12–41, 52, 71–79 = 6 + 3 + 30 + 1 + 9 = 49
    // no_op blocks: 6–7, 11, 42–51, 53–70 = 2 + 1 + 10 + 18 = 31
    const expectedKinds = runs(
      ['full', 6],
      ['none', 2],
      ['full', 3],
      ['none', 1],
      ['full', 30],
      ['none', 10],
      ['full', 1],
      ['none', 18],
      ['full', 9]
    )
    expectSpec(analyzeFixture(dir('nvidia--Llama-3_3-Nemotron-Super-49B-v1')), {
      numLayers: 80,
      kvHeads: 8, // 64 heads / n_heads_in_group 8
      headDim: 128, // 8192 / 64
      slidingWindow: null,
      attentionChunk: null,
      kinds: expectedKinds,
      kvBytesPerToken: 200_704, // 8 × 2 × 128 × 2 = 4,096 per attention layer × 49
      at: {
        // 200,704 × 32,768
        '32768': { kv: 6_576_668_672, state: 0, total: 6_576_668_672 }
      },
      codes: []
    })
  })

  it('Qwen/Qwen3-30B-A3B: qwen3_moe with head_dim 128 ≠ 2048/32', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen3-30B-A3B')), {
      numLayers: 48,
      kvHeads: 4,
      headDim: 128, // explicit; 2048 / 32 = 64 would halve the cache
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 48]),
      kvBytesPerToken: 98_304, // 4 × 2 × 128 × 2 = 2,048 per layer × 48
      at: {
        // 98,304 × 32,768
        '32768': { kv: 3_221_225_472, state: 0, total: 3_221_225_472 }
      },
      codes: ['head-dim-differs']
    })
  })

  it('Qwen/Qwen1.5-MoE-A2.7B: qwen2_moe, use_sliding_window false → all full', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen1.5-MoE-A2.7B')), {
      numLayers: 24,
      kvHeads: 16,
      headDim: 128, // 2048 / 16
      slidingWindow: null, // sliding_window 32768 is ignored without use_sliding_window
      attentionChunk: null,
      kinds: runs(['full', 24]),
      kvBytesPerToken: 196_608, // 16 × 2 × 128 × 2 = 8,192 per layer × 24
      at: {
        // 196,608 × 32,768
        '32768': { kv: 6_442_450_944, state: 0, total: 6_442_450_944 }
      },
      codes: ['window-disabled']
    })
  })

  it('microsoft/Phi-3.5-MoE-instruct: phimoe, window 131072 = context on every layer', () => {
    expectSpec(
      analyzeFixture(dir('microsoft--Phi-3.5-MoE-instruct'), { contexts: [32768, 131072] }),
      {
        numLayers: 32,
        kvHeads: 8,
        headDim: 128, // 4096 / 32
        slidingWindow: 131072,
        attentionChunk: null,
        kinds: runs(['sliding', 32]),
        kvBytesPerToken: 131_072, // 8 × 2 × 128 × 2 = 4,096 per layer × 32
        at: {
          '32768': { kv: 4_294_967_296, state: 0, total: 4_294_967_296 }, // 131,072 × 32,768
          '131072': { kv: 17_179_869_184, state: 0, total: 17_179_869_184 } // 131,072 × 131,072
        },
        codes: ['window-exceeds-context'] // 131072 ≥ max_position_embeddings 131072
      }
    )
  })

  it('LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct: exaone, layer count under num_layers', () => {
    expectSpec(analyzeFixture(dir('LGAI-EXAONE--EXAONE-3.5-7.8B-Instruct')), {
      numLayers: 32, // num_layers
      kvHeads: 8,
      headDim: 128, // 4096 / 32
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 32]),
      kvBytesPerToken: 131_072, // 8 × 2 × 128 × 2 = 4,096 per layer × 32
      at: {
        // 131,072 × 32,768
        '32768': { kv: 4_294_967_296, state: 0, total: 4_294_967_296 }
      },
      codes: []
    })
  })

  it('LiquidAI/LFM2-1.2B: full_attn_idxs, short-conv state on the other layers', () => {
    const conv2 = runs(['conv', 2], ['full', 1])
    expectSpec(analyzeFixture(dir('LiquidAI--LFM2-1.2B')), {
      numLayers: 16,
      kvHeads: 8,
      headDim: 64, // 2048 / 32
      slidingWindow: null,
      attentionChunk: null,
      // full_attn_idxs [2, 5, 8, 10, 12, 14]
      kinds: [
        ...cycle(conv2, 3),
        ...cycle(runs(['conv', 1], ['full', 1]), 3),
        ...runs(['conv', 1])
      ],
      kvBytesPerToken: 12_288, // 8 × 2 × 64 × 2 = 2,048 per layer × 6
      at: {
        // kv: 12,288 × 32,768 = 402,653,184
        // conv: (conv_L_cache 3 − 1) × 2048 = 4,096 × 2 B = 8,192 per layer × 10 = 81,920
        '32768': { kv: 402_653_184, state: 81_920, total: 402_735_104 }
      },
      codes: []
    })
  })

  it('Qwen/Qwen3-Omni-30B-A3B-Instruct: thinker_config.text_config (qwen3_omni_moe_text)', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen3-Omni-30B-A3B-Instruct')), {
      numLayers: 48,
      kvHeads: 4,
      headDim: 128,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 48]),
      kvBytesPerToken: 98_304, // 4 × 2 × 128 × 2 (top-level bfloat16) = 2,048 per layer × 48
      at: {
        // 98,304 × 32,768
        '32768': { kv: 3_221_225_472, state: 0, total: 3_221_225_472 }
      },
      codes: ['head-dim-differs'] // 128 vs 2048 / 32 = 64
    })
  })

  it('deepseek-ai/deepseek-vl2-small: MLA text model under language_config', () => {
    expectSpec(analyzeFixture(dir('deepseek-ai--deepseek-vl2-small')), {
      numLayers: 27,
      kvHeads: 1,
      headDim: 576, // 512 + 64
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['mla', 27]),
      kvBytesPerToken: 31_104, // 576 × 2 B = 1,152 per layer × 27
      at: {
        // 31,104 × 32,768
        '32768': { kv: 1_019_215_872, state: 0, total: 1_019_215_872 }
      },
      codes: []
    })
  })

  it('Qwen/Qwen3-0.6B: head_dim 128 ≠ 1024/16', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen3-0.6B')), {
      numLayers: 28,
      kvHeads: 8,
      headDim: 128,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 28]),
      kvBytesPerToken: 114_688, // 8 × 2 × 128 × 2 = 4,096 per layer × 28
      at: {
        // 114,688 × 32,768
        '32768': { kv: 3_758_096_384, state: 0, total: 3_758_096_384 }
      },
      codes: ['head-dim-differs'] // 128 vs 1024 / 16 = 64
    })
  })
})
