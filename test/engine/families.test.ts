/**
 * One test per real config in test/fixtures/configs (see its SOURCES.md).
 *
 * Every expected number is derived by hand from the config values and the rules in
 * ../shared/reference/kv-rules.md; the arithmetic sits next to each value. Notation:
 * per-layer bytes/token = kv_heads × 2 (K and V) × head_dim × element bytes; at a context L
 * (batch 1) full layers hold L tokens, sliding min(L, W), chunked min(L, C); states are constant.
 * L = 32768 unless a test says otherwise. bf16/fp16 = 2 bytes, float32 = 4 bytes.
 */
import { describe, expect, it } from 'vitest'
import { analyzeFixture, cycle, runs } from '../support/engine.js'
import { expectSpec } from '../support/spec-expectations.js'

const dir = (name: string) => `configs/${name}`

describe('real configs (test/fixtures/configs)', () => {
  it('CohereForAI/c4ai-command-r-v01: cohere, MHA 64 KV heads, fp16', () => {
    expectSpec(analyzeFixture(dir('CohereForAI--c4ai-command-r-v01')), {
      numLayers: 40,
      kvHeads: 64, // num_key_value_heads 64 (MHA)
      headDim: 128, // no head_dim: 8192 / 64
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 40]),
      kvBytesPerToken: 1_310_720, // 64 × 2 × 128 × 2 B (float16) = 32,768 per layer × 40
      at: {
        // 1,310,720 × 32,768
        '32768': { kv: 42_949_672_960, state: 0, total: 42_949_672_960 }
      },
      codes: []
    })
  })

  it('HuggingFaceTB/SmolLM3-3B: smollm3, layer_types all full, window null', () => {
    expectSpec(analyzeFixture(dir('HuggingFaceTB--SmolLM3-3B')), {
      numLayers: 36,
      kvHeads: 4,
      headDim: 128, // 2048 / 16
      slidingWindow: null, // use_sliding_window false, sliding_window null
      attentionChunk: null,
      kinds: runs(['full', 36]), // layer_types: 36 × full_attention
      kvBytesPerToken: 73_728, // 4 × 2 × 128 × 2 = 2,048 per layer × 36
      at: {
        // 73,728 × 32,768
        '32768': { kv: 2_415_919_104, state: 0, total: 2_415_919_104 }
      },
      codes: []
    })
  })

  it('OpenGVLab/InternVL2-2B: internvl_chat, text model under llm_config (internlm2)', () => {
    expectSpec(analyzeFixture(dir('OpenGVLab--InternVL2-2B')), {
      numLayers: 24, // llm_config.num_hidden_layers (vision_config also has 24, not used)
      kvHeads: 8,
      headDim: 128, // llm_config: 2048 / 16 (vision: 1024 / 16 = 64, not used)
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 24]),
      kvBytesPerToken: 98_304, // 8 × 2 × 128 × 2 (llm_config bfloat16) = 4,096 per layer × 24
      at: {
        // 98,304 × 32,768
        '32768': { kv: 3_221_225_472, state: 0, total: 3_221_225_472 }
      },
      codes: []
    })
  })

  it('Qwen/Qwen2.5-Omni-7B-GPTQ-Int4: thinker_config.text_config, window off, dtype from the top', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen2.5-Omni-7B-GPTQ-Int4')), {
      numLayers: 28,
      kvHeads: 4,
      headDim: 128, // 3584 / 28
      // use_sliding_window false → transformers nulls sliding_window (32768): no window anywhere.
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 28]),
      // text_config torch_dtype is null → top-level torch_dtype bfloat16 (2 B).
      kvBytesPerToken: 57_344, // 4 × 2 × 128 × 2 = 2,048 per layer × 28
      at: {
        // 57,344 × 32,768
        '32768': { kv: 1_879_048_192, state: 0, total: 1_879_048_192 }
      },
      codes: ['window-disabled'] // sliding_window 32768 with use_sliding_window false
    })
  })

  it('Qwen/Qwen3-Embedding-0.6B: qwen3, head_dim 128 ≠ 1024/16', () => {
    expectSpec(analyzeFixture(dir('Qwen--Qwen3-Embedding-0.6B')), {
      numLayers: 28,
      kvHeads: 8,
      headDim: 128, // explicit head_dim; 1024 / 16 = 64 would be wrong
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

  it('THUDM/chatglm2-6b: chatglm, num_layers, multi_query_group_num, kv_channels', () => {
    expectSpec(analyzeFixture(dir('THUDM--chatglm2-6b')), {
      numLayers: 28, // num_layers (no num_hidden_layers)
      kvHeads: 2, // multi_query_attention true → multi_query_group_num 2
      headDim: 128, // kv_channels
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 28]),
      kvBytesPerToken: 28_672, // 2 × 2 × 128 × 2 (float16) = 1,024 per layer × 28
      at: {
        // 28,672 × 32,768
        '32768': { kv: 939_524_096, state: 0, total: 939_524_096 }
      },
      codes: []
    })
  })

  it('THUDM/glm-4-9b-chat-hf: glm, head_dim 128, 2 KV heads', () => {
    expectSpec(analyzeFixture(dir('THUDM--glm-4-9b-chat-hf')), {
      numLayers: 40,
      kvHeads: 2,
      headDim: 128,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 40]),
      kvBytesPerToken: 40_960, // 2 × 2 × 128 × 2 = 1,024 per layer × 40
      at: {
        // 40,960 × 32,768
        '32768': { kv: 1_342_177_280, state: 0, total: 1_342_177_280 }
      },
      codes: []
    })
  })

  it('THUDM/glm-4-9b-chat: chatglm remote code with both num_layers and num_hidden_layers', () => {
    expectSpec(analyzeFixture(dir('THUDM--glm-4-9b-chat')), {
      numLayers: 40, // num_hidden_layers 40 = num_layers 40
      kvHeads: 2, // multi_query_group_num
      headDim: 128, // kv_channels
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 40]),
      kvBytesPerToken: 40_960, // 2 × 2 × 128 × 2 = 1,024 per layer × 40
      at: {
        // 40,960 × 32,768
        '32768': { kv: 1_342_177_280, state: 0, total: 1_342_177_280 }
      },
      codes: []
    })
  })

  it('allenai/OLMo-2-0325-32B-Instruct: olmo2, GQA 40/8', () => {
    expectSpec(analyzeFixture(dir('allenai--OLMo-2-0325-32B-Instruct')), {
      numLayers: 64,
      kvHeads: 8,
      headDim: 128, // 5120 / 40
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 64]),
      kvBytesPerToken: 262_144, // 8 × 2 × 128 × 2 = 4,096 per layer × 64
      at: {
        // 262,144 × 32,768
        '32768': { kv: 8_589_934_592, state: 0, total: 8_589_934_592 }
      },
      codes: []
    })
  })

  it('apple/OpenELM-270M: per-layer num_kv_heads summed layer by layer', () => {
    const report = analyzeFixture(dir('apple--OpenELM-270M'))
    expectSpec(report, {
      numLayers: 16, // num_transformer_layers
      kvHeads: 5, // the report's headline is the largest per-layer value: max(3, 4, 5)
      headDim: 64,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 16]),
      // Σ kv heads = 3×5 + 4×7 + 5×4 = 15 + 28 + 20 = 63; 63 × 2 × 64 × 2 B = 16,128
      kvBytesPerToken: 16_128,
      at: {
        // 16,128 × 32,768
        '32768': { kv: 528_482_304, state: 0, total: 528_482_304 }
      },
      codes: []
    })
    const perLayer = report.spec?.layers.map((l) => l.kvHeads)
    // num_kv_heads as listed in the config
    expect(perLayer).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5])
  })

  it('bigcode/gpt_bigcode-santacoder: multi_query → 1 KV head, no dtype → float32', () => {
    expectSpec(analyzeFixture(dir('bigcode--gpt_bigcode-santacoder')), {
      numLayers: 24, // n_layer
      kvHeads: 1, // multi_query: true
      headDim: 128, // n_embd 2048 / n_head 16
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 24]),
      kvBytesPerToken: 24_576, // 1 × 2 × 128 × 4 B (float32) = 1,024 per layer × 24
      at: {
        // 24,576 × 32,768
        '32768': { kv: 805_306_368, state: 0, total: 805_306_368 }
      },
      codes: ['dtype-assumed']
    })
  })

  it('google/gemma-2b-it: gemma, head_dim 256, MQA', () => {
    expectSpec(analyzeFixture(dir('google--gemma-2b-it')), {
      numLayers: 18,
      kvHeads: 1,
      headDim: 256, // explicit, equal to 2048 / 8
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 18]),
      kvBytesPerToken: 18_432, // 1 × 2 × 256 × 2 = 1,024 per layer × 18
      at: {
        // 18,432 × 32,768
        '32768': { kv: 603_979_776, state: 0, total: 603_979_776 }
      },
      codes: []
    })
  })

  it('google/gemma-4-E4B: per-layer-type head dims and 18 shared-KV layers', () => {
    expectSpec(analyzeFixture(dir('google--gemma-4-E4B')), {
      numLayers: 42,
      kvHeads: 2, // num_global_key_value_heads null, attention_k_eq_v false → 2 everywhere
      headDim: 512, // headline = largest: global_head_dim 512 (sliding layers 256)
      slidingWindow: 512,
      attentionChunk: null,
      // layer_types: 5 sliding : 1 full; layers 42 − 18 = 24 … 41 reuse earlier KV
      kinds: [...cycle(runs(['sliding', 5], ['full', 1]), 4), ...runs(['shared', 18])],
      // Own caches: layers 0–23 = 20 sliding + 4 full (5, 11, 17, 23).
      // sliding 2 × 2 × 256 × 2 = 2,048; full 2 × 2 × 512 × 2 = 4,096
      // 20 × 2,048 + 4 × 4,096 = 40,960 + 16,384
      kvBytesPerToken: 57_344,
      at: {
        // sliding 20 × 2,048 × min(32768, 512) = 20,971,520
        // full     4 × 4,096 × 32,768          = 536,870,912
        '32768': { kv: 557_842_432, state: 0, total: 557_842_432 }
      },
      codes: ['head-dim-differs'] // head_dim 256 vs 2560 / 8 = 320
    })
  })

  it('ibm-granite/granite-3.2-8b-instruct: granite, GQA 32/8', () => {
    expectSpec(analyzeFixture(dir('ibm-granite--granite-3.2-8b-instruct')), {
      numLayers: 40,
      kvHeads: 8,
      headDim: 128, // 4096 / 32
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 40]),
      kvBytesPerToken: 163_840, // 8 × 2 × 128 × 2 = 4,096 per layer × 40
      at: {
        // 163,840 × 32,768
        '32768': { kv: 5_368_709_120, state: 0, total: 5_368_709_120 }
      },
      codes: []
    })
  })

  it('mistralai/Mistral-7B-Instruct-v0.2 (early revision): window 32768 = context, every layer', () => {
    expectSpec(
      analyzeFixture(dir('mistralai--Mistral-7B-Instruct-v0.2'), { contexts: [32768, 131072] }),
      {
        numLayers: 32,
        kvHeads: 8,
        headDim: 128, // 4096 / 32
        slidingWindow: 32768, // uniform window (vLLM): every layer
        attentionChunk: null,
        kinds: runs(['sliding', 32]),
        kvBytesPerToken: 131_072, // 8 × 2 × 128 × 2 = 4,096 per layer × 32
        at: {
          // 131,072 × min(32768, 32768)
          '32768': { kv: 4_294_967_296, state: 0, total: 4_294_967_296 },
          // 131,072 × min(131072, 32768): the window caps it
          '131072': { kv: 4_294_967_296, state: 0, total: 4_294_967_296 }
        },
        codes: ['window-exceeds-context'] // 32768 ≥ max_position_embeddings 32768
      }
    )
  })

  it('mistralai/Mistral-7B-v0.3: sliding_window null → full attention', () => {
    expectSpec(analyzeFixture(dir('mistralai--Mistral-7B-v0.3'), { contexts: [32768, 131072] }), {
      numLayers: 32,
      kvHeads: 8,
      headDim: 128,
      slidingWindow: null, // explicit null is "no window", not the mistral default 4096
      attentionChunk: null,
      kinds: runs(['full', 32]),
      kvBytesPerToken: 131_072, // 8 × 2 × 128 × 2 = 4,096 per layer × 32
      at: {
        '32768': { kv: 4_294_967_296, state: 0, total: 4_294_967_296 }, // 131,072 × 32,768
        '131072': { kv: 17_179_869_184, state: 0, total: 17_179_869_184 } // 131,072 × 131,072
      },
      codes: []
    })
  })

  it('mlx-community Llama-4-Scout-17B-16E: empty no_rope_layers → 3 chunked : 1 full', () => {
    expectSpec(analyzeFixture(dir('mlx-community--meta-llama-Llama-4-Scout-17B-16E-6bit')), {
      numLayers: 48,
      kvHeads: 8,
      headDim: 128,
      slidingWindow: null,
      attentionChunk: 8192,
      // no_rope_layers [] → default: layer i is NoPE/global when (i + 1) % 4 == 0
      kinds: cycle(runs(['chunked', 3], ['full', 1]), 12),
      kvBytesPerToken: 196_608, // 8 × 2 × 128 × 2 (text_config bfloat16) = 4,096 per layer × 48
      at: {
        // full    12 × 4,096 × 32,768           = 1,610,612,736
        // chunked 36 × 4,096 × min(32768, 8192) = 1,207,959,552
        '32768': { kv: 2_818_572_288, state: 0, total: 2_818_572_288 }
      },
      codes: []
    })
  })

  it('tiiuae/falcon-40b (RefinedWeb): new decoder architecture implied → n_head_kv 8', () => {
    expectSpec(analyzeFixture(dir('tiiuae--falcon-40b')), {
      numLayers: 60, // n_layer
      kvHeads: 8, // n_head_kv (RefinedWeb = new_decoder_architecture)
      headDim: 64, // 8192 / 128
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 60]),
      kvBytesPerToken: 122_880, // 8 × 2 × 64 × 2 = 2,048 per layer × 60
      at: {
        // 122,880 × 32,768
        '32768': { kv: 4_026_531_840, state: 0, total: 4_026_531_840 }
      },
      codes: []
    })
  })

  it('tiiuae/falcon-7b (RefinedWebModel): multi_query → 1 KV head', () => {
    expectSpec(analyzeFixture(dir('tiiuae--falcon-7b')), {
      numLayers: 32,
      kvHeads: 1,
      headDim: 64, // 4544 / 71
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 32]),
      kvBytesPerToken: 8_192, // 1 × 2 × 64 × 2 = 256 per layer × 32
      at: {
        // 8,192 × 32,768
        '32768': { kv: 268_435_456, state: 0, total: 268_435_456 }
      },
      codes: []
    })
  })

  it('tiiuae/falcon-mamba-7b: Mamba-1 state from intermediate_size, not expand × hidden', () => {
    expectSpec(analyzeFixture(dir('tiiuae--falcon-mamba-7b')), {
      numLayers: 64,
      kvHeads: 0,
      headDim: 0,
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['ssm', 64]),
      kvBytesPerToken: 0,
      at: {
        // d_inner = intermediate_size 8192 (expand 16 × 4096 = 65,536 would be wrong)
        // conv (4 − 1) × 8192 = 24,576; recurrent 8192 × 16 = 131,072
        // (24,576 + 131,072) × 2 B = 311,296 per layer × 64 = 19,922,944
        '32768': { kv: 0, state: 19_922_944, total: 19_922_944 }
      },
      codes: []
    })
  })

  it('togethercomputer/RedPajama-INCITE-7B-Base: gpt_neox, MHA, fp16', () => {
    expectSpec(analyzeFixture(dir('togethercomputer--RedPajama-INCITE-7B-Base')), {
      numLayers: 32,
      kvHeads: 32,
      headDim: 128, // 4096 / 32
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 32]),
      kvBytesPerToken: 524_288, // 32 × 2 × 128 × 2 = 16,384 per layer × 32
      at: {
        // 524,288 × 32,768
        '32768': { kv: 17_179_869_184, state: 0, total: 17_179_869_184 }
      },
      codes: []
    })
  })

  it('zai-org/GLM-4-32B-0414: glm4, 61 layers, 2 KV heads', () => {
    expectSpec(analyzeFixture(dir('zai-org--GLM-4-32B-0414')), {
      numLayers: 61,
      kvHeads: 2,
      headDim: 128, // explicit, equal to 6144 / 48
      slidingWindow: null,
      attentionChunk: null,
      kinds: runs(['full', 61]),
      kvBytesPerToken: 62_464, // 2 × 2 × 128 × 2 = 1,024 per layer × 61
      at: {
        // 62,464 × 32,768
        '32768': { kv: 2_046_820_352, state: 0, total: 2_046_820_352 }
      },
      codes: []
    })
  })
})
