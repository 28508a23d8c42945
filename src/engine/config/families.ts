/**
 * What config.json leaves out: each family's defaults and layer layout, as transformers'
 * configuration classes define them (sources per family in ../shared/reference/kv-rules.md §1.2).
 */

/** What a layer does before windows, MLA and KV sharing are applied. */
export type Role =
  | 'attention' // attention that a uniform sliding_window may still cap
  | 'full'
  | 'sliding'
  | 'chunked'
  | 'linear'
  | 'ssm'
  | 'conv'
  | 'hybrid'
  | 'none'

/** The constant state a non-attention layer keeps, named after vLLM's state-shape helpers. */
export type StateModel = 'gated-delta' | 'lightning' | 'mamba1' | 'mamba2' | 'short-conv'

/** How a family's `sliding_window` reaches its layers. */
export type WindowRule =
  /** vLLM: a window with no interleaved pattern caps every attention layer. */
  | 'uniform'
  /** Qwen2/Qwen3: only with use_sliding_window, on layers ≥ max_window_layers. */
  | 'qwen2'
  /** Qwen2-MoE: only with use_sliding_window, on even layers < max_window_layers. */
  | 'qwen2-moe'
  /** SmolLM3: only with use_sliding_window, on the NoPE layers. */
  | 'smollm3'
  /** The family's own layer pattern says which layers are sliding. */
  | 'pattern'

export interface DefaultLayout {
  roles(index: number, count: number): Role
  describe: string
}

export interface Family {
  id: string
  modelTypes: readonly string[]
  /** transformers' defaults for keys config.json may omit (canonical key names). */
  defaults: Readonly<Record<string, number | null>>
  /** num_key_value_heads defaults to num_attention_heads (MHA) when the config omits it. */
  kvHeadsDefaultToHeads?: boolean
  window: WindowRule
  /** The layout when the config declares none (Tier 3). */
  layout?: DefaultLayout
  stateModel?: StateModel
  /** Attention layers cache one MLA latent (vLLM's is_deepseek_mla list). */
  mla?: boolean
  /** cohere2's post-init overwrites head_dim with hidden_size / num_attention_heads. */
  headDimFromHidden?: boolean
  kvHeadsRule?: 'falcon' | 'chatglm' | 'multi-query'
  /** The count of layers comes from the pattern string, not num_hidden_layers (Nemotron-H). */
  layersFromPattern?: boolean
}

const every = (n: number, hit: Role, other: Role, describe: string): DefaultLayout => ({
  roles: (i) => ((i + 1) % n === 0 ? hit : other),
  describe
})
const all = (role: Role, describe: string): DefaultLayout => ({ roles: () => role, describe })
const evenSliding: DefaultLayout = {
  roles: (i) => (i % 2 === 0 ? 'sliding' : 'full'),
  describe: 'even layers sliding, odd layers full'
}

const LLAMA_LIKE = { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32 }

export const FAMILIES: readonly Family[] = [
  {
    id: 'llama',
    modelTypes: [
      'llama',
      'granite',
      'granitemoe',
      'granitemoeshared',
      'internlm2',
      'internlm3',
      'olmo',
      'olmo2',
      'exaone',
      'qwen'
    ],
    defaults: { ...LLAMA_LIKE, max_position_embeddings: 2048 },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'mistral',
    modelTypes: ['mistral', 'ministral', 'ministral3'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      sliding_window: 4096,
      max_position_embeddings: 131072
    },
    window: 'uniform'
  },
  {
    id: 'mixtral',
    modelTypes: ['mixtral'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      sliding_window: null,
      max_position_embeddings: 131072
    },
    window: 'uniform'
  },
  {
    id: 'qwen2',
    modelTypes: [
      'qwen2',
      'qwen2_vl',
      'qwen2_vl_text',
      'qwen2_5_vl',
      'qwen2_5_vl_text',
      'qwen2_5_omni_text',
      'qwen2_5_omni'
    ],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 32,
      sliding_window: 4096,
      max_window_layers: 28,
      max_position_embeddings: 32768
    },
    window: 'qwen2'
  },
  {
    id: 'qwen2_moe',
    modelTypes: ['qwen2_moe'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      num_key_value_heads: 16,
      sliding_window: 4096,
      max_window_layers: 28,
      max_position_embeddings: 32768
    },
    window: 'qwen2-moe'
  },
  {
    id: 'qwen3',
    modelTypes: ['qwen3', 'qwen3_vl_text'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 32,
      head_dim: 128,
      sliding_window: 4096,
      max_window_layers: 28,
      max_position_embeddings: 32768
    },
    window: 'qwen2'
  },
  {
    id: 'qwen3_moe',
    modelTypes: ['qwen3_moe', 'qwen3_vl_moe_text', 'qwen3_omni_moe_text', 'qwen3_omni_moe'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 24,
      num_attention_heads: 32,
      num_key_value_heads: 4,
      sliding_window: 4096,
      max_window_layers: 28,
      max_position_embeddings: 32768
    },
    window: 'qwen2'
  },
  {
    id: 'qwen3_next',
    modelTypes: ['qwen3_next', 'qwen3_5_text', 'qwen3_5_moe_text', 'qwen3_5', 'qwen3_5_moe'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 48,
      num_attention_heads: 16,
      num_key_value_heads: 2,
      head_dim: 256,
      full_attention_interval: 4,
      linear_conv_kernel_dim: 4,
      linear_key_head_dim: 128,
      linear_value_head_dim: 128,
      linear_num_key_heads: 16,
      linear_num_value_heads: 32,
      max_position_embeddings: 32768
    },
    window: 'uniform',
    layout: every(
      4,
      'full',
      'linear',
      'every 4th layer full attention (full_attention_interval 4), the rest Gated DeltaNet'
    ),
    stateModel: 'gated-delta'
  },
  {
    id: 'gemma',
    modelTypes: ['gemma'],
    defaults: {
      hidden_size: 3072,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      num_key_value_heads: 16,
      head_dim: 256,
      max_position_embeddings: 8192
    },
    window: 'uniform'
  },
  {
    id: 'gemma2',
    modelTypes: ['gemma2'],
    defaults: {
      hidden_size: 2304,
      num_hidden_layers: 26,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      sliding_window: 4096,
      max_position_embeddings: 8192
    },
    window: 'pattern',
    layout: evenSliding
  },
  {
    id: 'gemma3',
    modelTypes: ['gemma3_text', 'gemma3'],
    defaults: {
      hidden_size: 2304,
      num_hidden_layers: 26,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      sliding_window: 4096,
      sliding_window_pattern: 6,
      max_position_embeddings: 131072
    },
    window: 'pattern',
    layout: every(
      6,
      'full',
      'sliding',
      'every 6th layer global, 5 local : 1 global (sliding_window_pattern 6)'
    )
  },
  {
    id: 'gemma3n',
    modelTypes: ['gemma3n_text', 'gemma3n'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 35,
      num_attention_heads: 8,
      num_key_value_heads: 2,
      head_dim: 256,
      sliding_window: 512,
      num_kv_shared_layers: 15,
      max_position_embeddings: 32768
    },
    window: 'pattern',
    layout: every(5, 'full', 'sliding', 'every 5th layer global, 4 local : 1 global')
  },
  {
    id: 'gemma4',
    modelTypes: ['gemma4_text', 'gemma4'],
    defaults: {
      hidden_size: 2304,
      num_hidden_layers: 30,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      global_head_dim: 512,
      sliding_window: 512,
      num_kv_shared_layers: 0,
      max_position_embeddings: 131072
    },
    window: 'pattern',
    layout: {
      roles: (i, n) => (i === n - 1 || (i + 1) % 6 === 0 ? 'full' : 'sliding'),
      describe: 'every 6th layer and the last layer global, the rest sliding'
    }
  },
  {
    id: 'phi',
    modelTypes: ['phi'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 24,
      num_attention_heads: 32,
      max_position_embeddings: 2048
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'phi3',
    modelTypes: ['phi3'],
    defaults: {
      hidden_size: 3072,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      sliding_window: null,
      max_position_embeddings: 4096
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'phimoe',
    modelTypes: ['phimoe'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      sliding_window: null,
      max_position_embeddings: 131072
    },
    window: 'uniform'
  },
  {
    id: 'deepseek_v3',
    modelTypes: [
      'deepseek_v3',
      'kimi_k2',
      'deepseek_v32',
      'deepseek_mtp',
      'glm4_moe_lite',
      'longcat_flash',
      'pangu_ultra_moe'
    ],
    defaults: {
      hidden_size: 7168,
      num_hidden_layers: 61,
      num_attention_heads: 128,
      num_key_value_heads: 128,
      kv_lora_rank: 512,
      qk_rope_head_dim: 64,
      max_position_embeddings: 4096
    },
    window: 'uniform',
    mla: true
  },
  {
    id: 'deepseek_v2',
    modelTypes: ['deepseek_v2'],
    defaults: {
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      kv_lora_rank: 512,
      qk_rope_head_dim: 64,
      max_position_embeddings: 2048
    },
    window: 'uniform',
    mla: true
  },
  {
    id: 'gpt_oss',
    modelTypes: ['gpt_oss'],
    defaults: {
      hidden_size: 2880,
      num_hidden_layers: 36,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 64,
      sliding_window: 128,
      max_position_embeddings: 131072
    },
    window: 'pattern',
    layout: evenSliding
  },
  {
    id: 'llama4',
    modelTypes: ['llama4_text', 'llama4'],
    defaults: {
      hidden_size: 5120,
      num_hidden_layers: 48,
      num_attention_heads: 40,
      num_key_value_heads: 8,
      head_dim: 128,
      attention_chunk_size: 8192,
      max_position_embeddings: 131072
    },
    window: 'uniform',
    layout: every(
      4,
      'full',
      'chunked',
      'every 4th layer NoPE global, the rest RoPE with chunked attention'
    )
  },
  {
    id: 'cohere',
    modelTypes: ['cohere'],
    defaults: {
      hidden_size: 8192,
      num_hidden_layers: 40,
      num_attention_heads: 64,
      max_position_embeddings: 8192
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'cohere2',
    modelTypes: ['cohere2'],
    defaults: {
      hidden_size: 8192,
      num_hidden_layers: 40,
      num_attention_heads: 64,
      sliding_window: 4096,
      sliding_window_pattern: 4,
      max_position_embeddings: 8192
    },
    kvHeadsDefaultToHeads: true,
    window: 'pattern',
    layout: every(
      4,
      'full',
      'sliding',
      'every 4th layer global, 3 local : 1 global (sliding_window_pattern 4)'
    ),
    headDimFromHidden: true
  },
  {
    id: 'falcon',
    modelTypes: ['falcon', 'refinedweb', 'refinedwebmodel'],
    defaults: {
      hidden_size: 4544,
      num_hidden_layers: 32,
      num_attention_heads: 71,
      max_position_embeddings: 2048
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform',
    kvHeadsRule: 'falcon'
  },
  {
    id: 'starcoder2',
    modelTypes: ['starcoder2'],
    defaults: {
      hidden_size: 3072,
      num_hidden_layers: 30,
      num_attention_heads: 24,
      num_key_value_heads: 2,
      sliding_window: null,
      max_position_embeddings: 4096
    },
    window: 'uniform'
  },
  {
    id: 'gpt2',
    modelTypes: ['gpt2'],
    defaults: {
      hidden_size: 768,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 1024
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'gpt_bigcode',
    modelTypes: ['gpt_bigcode'],
    defaults: {
      hidden_size: 768,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 1024
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform',
    kvHeadsRule: 'multi-query'
  },
  {
    id: 'gpt_neox',
    modelTypes: ['gpt_neox'],
    defaults: {
      hidden_size: 6144,
      num_hidden_layers: 44,
      num_attention_heads: 64,
      max_position_embeddings: 2048
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'standard',
    modelTypes: ['gptj', 'gpt_neo', 'stablelm', 'opt', 'bloom', 'mpt', 'baichuan', 'internlm'],
    defaults: {},
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'olmo3',
    modelTypes: ['olmo3'],
    defaults: { ...LLAMA_LIKE, sliding_window: 4096, max_position_embeddings: 2048 },
    kvHeadsDefaultToHeads: true,
    window: 'pattern',
    layout: every(4, 'full', 'sliding', 'every 4th layer full, 3 sliding : 1 full')
  },
  {
    id: 'smollm3',
    modelTypes: ['smollm3'],
    defaults: {
      hidden_size: 2048,
      num_hidden_layers: 36,
      num_attention_heads: 16,
      num_key_value_heads: 4,
      sliding_window: null,
      no_rope_layer_interval: 4,
      max_position_embeddings: 32768
    },
    window: 'smollm3'
  },
  {
    id: 'jamba',
    modelTypes: ['jamba'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      sliding_window: null,
      attn_layer_period: 8,
      attn_layer_offset: 4,
      mamba_d_state: 16,
      mamba_d_conv: 4,
      mamba_expand: 2,
      max_position_embeddings: 262144
    },
    window: 'uniform',
    layout: {
      roles: (i) => (i % 8 === 4 ? 'full' : 'ssm'),
      describe:
        'attention on layers i % 8 = 4 (attn_layer_period 8, attn_layer_offset 4), Mamba elsewhere'
    },
    stateModel: 'mamba1'
  },
  {
    id: 'mamba',
    modelTypes: ['mamba', 'falcon_mamba'],
    defaults: {
      hidden_size: 768,
      num_hidden_layers: 32,
      mamba_d_state: 16,
      mamba_expand: 2,
      mamba_d_conv: 4
    },
    window: 'uniform',
    layout: all('ssm', 'every layer a Mamba block'),
    stateModel: 'mamba1'
  },
  {
    id: 'mamba2',
    modelTypes: ['mamba2'],
    defaults: {
      hidden_size: 4096,
      num_hidden_layers: 64,
      mamba_num_heads: 128,
      mamba_head_dim: 64,
      mamba_d_state: 128,
      mamba_n_groups: 8,
      mamba_expand: 2,
      mamba_d_conv: 4
    },
    window: 'uniform',
    layout: all('ssm', 'every layer a Mamba-2 block'),
    stateModel: 'mamba2'
  },
  {
    id: 'chatglm',
    modelTypes: ['chatglm'],
    defaults: {
      hidden_size: 4096,
      num_layers: 28,
      num_attention_heads: 32,
      kv_channels: 128,
      multi_query_group_num: 1,
      seq_length: 2048
    },
    window: 'uniform',
    kvHeadsRule: 'chatglm'
  },
  {
    id: 'glm',
    modelTypes: ['glm', 'glm4'],
    defaults: {
      hidden_size: 4096,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 2,
      head_dim: 128,
      max_position_embeddings: 131072
    },
    window: 'uniform'
  },
  {
    id: 'glm4_moe',
    modelTypes: ['glm4_moe'],
    defaults: {
      hidden_size: 4096,
      num_hidden_layers: 46,
      num_attention_heads: 96,
      num_key_value_heads: 8,
      head_dim: 128,
      max_position_embeddings: 131072
    },
    window: 'uniform'
  },
  {
    id: 'openelm',
    modelTypes: ['openelm'],
    defaults: {},
    window: 'uniform'
  },
  {
    id: 'nemotron_nas',
    modelTypes: ['nemotron-nas', 'nemotron_nas', 'deci'],
    defaults: {},
    kvHeadsDefaultToHeads: true,
    window: 'uniform'
  },
  {
    id: 'granitemoehybrid',
    modelTypes: ['granitemoehybrid'],
    defaults: {
      ...LLAMA_LIKE,
      mamba_num_heads: 128,
      mamba_n_groups: 1,
      mamba_d_state: 256,
      mamba_d_conv: 4,
      mamba_expand: 2,
      max_position_embeddings: 2048
    },
    kvHeadsDefaultToHeads: true,
    window: 'uniform',
    layout: all('ssm', 'layer_types absent: every layer Mamba-2 (transformers default)'),
    stateModel: 'mamba2'
  },
  {
    id: 'nemotron_h',
    modelTypes: ['nemotron_h'],
    defaults: {
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 128,
      mamba_d_state: 128,
      mamba_num_heads: 128,
      mamba_head_dim: 64,
      mamba_n_groups: 8,
      mamba_d_conv: 4,
      mamba_expand: 2,
      max_position_embeddings: 4096
    },
    window: 'uniform',
    stateModel: 'mamba2',
    layersFromPattern: true
  },
  {
    id: 'falcon_h1',
    modelTypes: ['falcon_h1'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      mamba_d_ssm: 1024,
      mamba_num_heads: 128,
      mamba_n_groups: 1,
      mamba_d_state: 256,
      mamba_d_conv: 4,
      mamba_expand: 2,
      max_position_embeddings: 8192
    },
    window: 'uniform',
    layout: all('hybrid', 'every layer runs attention and a Mamba-2 mixer side by side'),
    stateModel: 'mamba2'
  },
  {
    id: 'minimax',
    modelTypes: ['minimax'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 8,
      sliding_window: null,
      max_position_embeddings: 131072
    },
    window: 'uniform',
    layout: {
      roles: (i) => (i % 2 === 0 ? 'full' : 'linear'),
      describe: 'alternating full and lightning linear attention, starting with full'
    },
    stateModel: 'lightning'
  },
  {
    id: 'lfm2',
    modelTypes: ['lfm2', 'lfm2_moe', 'lfm2_vl'],
    defaults: {
      hidden_size: 2560,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      conv_L_cache: 3,
      max_position_embeddings: 128000
    },
    window: 'uniform',
    stateModel: 'short-conv'
  },
  {
    id: 'exaone4',
    modelTypes: ['exaone4'],
    defaults: {
      ...LLAMA_LIKE,
      num_key_value_heads: 32,
      sliding_window: 4096,
      sliding_window_pattern: 4,
      max_position_embeddings: 2048
    },
    window: 'pattern',
    layout: every(
      4,
      'full',
      'sliding',
      'every 4th layer global, 3 local : 1 global (sliding_window_pattern 4)'
    )
  }
]

const BY_MODEL_TYPE = new Map<string, Family>(
  FAMILIES.flatMap((f) => f.modelTypes.map((t) => [t, f] as const))
)

export function normalizeModelType(modelType: string): string {
  return modelType.trim().toLowerCase()
}

export function familyOf(modelType: string | null): Family | undefined {
  return modelType === null ? undefined : BY_MODEL_TYPE.get(normalizeModelType(modelType))
}
