import type { Dim, Dimensions } from '../config/dimensions.js'
import type { StateModel } from '../config/families.js'
import type { ElementType } from './dtype.js'
import type { StateTensor } from './kinds.js'

/**
 * The constant per-sequence state of recurrent layers, with vLLM's shapes
 * (vllm/model_executor/layers/mamba/mamba_utils.py; tensor parallelism 1, no speculative rows).
 */
export interface StateDtypes {
  conv: ElementType
  recurrent: ElementType
}

type Need = (canonical: string) => number | null

/** Config keys per canonical state dimension (family defaults use the canonical names). */
const STATE_ALIASES: Record<string, readonly string[]> = {
  mamba_d_state: ['mamba_d_state', 'ssm_state_size', 'state_size'],
  mamba_d_conv: ['mamba_d_conv', 'conv_kernel'],
  mamba_n_groups: ['mamba_n_groups', 'n_groups'],
  mamba_expand: ['mamba_expand', 'expand'],
  mamba_num_heads: ['mamba_num_heads', 'mamba_n_heads'],
  mamba_head_dim: ['mamba_head_dim', 'mamba_d_head'],
  mamba_d_ssm: ['mamba_d_ssm']
}

/**
 * Pure SSM configs (mamba, mamba2) use generic names that mean attention dimensions elsewhere,
 * so they are read as state dimensions only for those families.
 */
const PURE_SSM_ALIASES: Record<string, readonly string[]> = {
  mamba_num_heads: ['num_heads'],
  mamba_head_dim: ['head_dim'],
  mamba_d_inner: ['intermediate_size']
}

interface StateRecipe {
  /** Human-readable keys, for "missing" messages. */
  keys: string
  tensors(need: Need, hidden: number | null): { conv: number; recurrent: number } | null
}

/** All of `names`, or null when one is missing. */
function all<K extends string>(need: Need, names: readonly K[]): Record<K, number> | null {
  const out = {} as Record<K, number>
  for (const name of names) {
    const v = need(name)
    if (v === null) return null
    out[name] = v
  }
  return out
}

const RECIPES: Record<StateModel, StateRecipe> = {
  // Qwen3-Next / Qwen3.5: conv (k−1)×(2·nk·dk + nv·dv), recurrent nv×dk×dv.
  'gated-delta': {
    keys: 'linear_conv_kernel_dim, linear_num_key_heads, linear_key_head_dim, linear_num_value_heads, linear_value_head_dim',
    tensors(need) {
      const d = all(need, [
        'linear_conv_kernel_dim',
        'linear_num_key_heads',
        'linear_key_head_dim',
        'linear_num_value_heads',
        'linear_value_head_dim'
      ])
      if (!d || d.linear_conv_kernel_dim < 1) return null
      const nk = d.linear_num_key_heads
      const dk = d.linear_key_head_dim
      const nv = d.linear_num_value_heads
      const dv = d.linear_value_head_dim
      return {
        conv: (d.linear_conv_kernel_dim - 1) * (2 * nk * dk + nv * dv),
        recurrent: nv * dk * dv
      }
    }
  },
  // MiniMax lightning attention: heads × head_dim × head_dim, no conv.
  lightning: {
    keys: 'num_attention_heads, head_dim',
    tensors(need, hidden) {
      const heads = need('num_attention_heads')
      if (heads === null || heads === 0) return null
      const hd = need('head_dim') ?? (hidden === null ? null : hidden / heads)
      if (hd === null || !Number.isInteger(hd)) return null
      return { conv: 0, recurrent: heads * hd * hd }
    }
  },
  // Mamba-1 (Jamba, Mamba): conv (k−1)×d_inner, recurrent d_inner×d_state.
  mamba1: {
    keys: 'mamba_d_conv (conv_kernel), mamba_d_state (state_size), mamba_expand (expand)',
    tensors(need, hidden) {
      const d = all(need, ['mamba_d_conv', 'mamba_d_state'])
      const expand = need('mamba_expand')
      const inner =
        need('mamba_d_inner') ?? (expand === null || hidden === null ? null : expand * hidden)
      if (!d || inner === null || d.mamba_d_conv < 1) return null
      return { conv: (d.mamba_d_conv - 1) * inner, recurrent: inner * d.mamba_d_state }
    }
  },
  // Mamba-2 (Mamba2, Nemotron-H, Granite 4 hybrid, Falcon-H1):
  // conv (k−1)×(d_inner + 2·n_groups·d_state), recurrent n_heads×head_dim×d_state.
  mamba2: {
    keys: 'mamba conv kernel, state size, n_groups, number of heads and head dim',
    tensors(need, hidden) {
      const d = all(need, ['mamba_d_conv', 'mamba_d_state', 'mamba_n_groups', 'mamba_num_heads'])
      if (!d || d.mamba_d_conv < 1 || d.mamba_num_heads === 0) return null
      const heads = d.mamba_num_heads
      const explicitHeadDim = need('mamba_head_dim')
      const expand = need('mamba_expand')
      const inner =
        need('mamba_d_ssm') ??
        (explicitHeadDim !== null
          ? heads * explicitHeadDim
          : expand !== null && hidden !== null
            ? expand * hidden
            : null)
      if (inner === null) return null
      const headDim = explicitHeadDim ?? inner / heads
      if (!Number.isInteger(headDim)) return null
      const dState = d.mamba_d_state
      return {
        conv: (d.mamba_d_conv - 1) * (inner + 2 * d.mamba_n_groups * dState),
        recurrent: heads * headDim * dState
      }
    }
  },
  // LFM2 short convolution: (L_cache − 1) × hidden, no recurrent state.
  'short-conv': {
    keys: 'conv_L_cache, hidden_size',
    tensors(need, hidden) {
      const l = need('conv_L_cache')
      if (l === null || hidden === null || l < 1) return null
      return { conv: (l - 1) * hidden, recurrent: 0 }
    }
  }
}

export type StateResult = { tensors: StateTensor[] } | { missing: string }

export function stateTensors(
  model: StateModel,
  dims: Dimensions,
  hidden: Dim | null,
  dtypes: StateDtypes
): StateResult {
  const pureSsm = dims.family?.id === 'mamba' || dims.family?.id === 'mamba2'
  let zero = false
  const need: Need = (canonical) => {
    const aliases = [
      ...(STATE_ALIASES[canonical] ?? [canonical]),
      ...((pureSsm && PURE_SSM_ALIASES[canonical]) || [])
    ]
    const dim = dims.key(canonical, aliases)
    if (dim?.value === 0) zero = true
    return dims.positive(dim, canonical)?.value ?? null
  }
  const shape = RECIPES[model].tensors(need, hidden?.value ?? null)
  // A zero dimension is already reported on its key; only truly absent ones are "missing".
  if (shape === null) return zero ? { tensors: [] } : { missing: RECIPES[model].keys }
  const tensors: StateTensor[] = []
  if (shape.conv > 0) tensors.push({ name: 'conv', elements: shape.conv, dtype: dtypes.conv })
  if (shape.recurrent > 0) {
    tensors.push({ name: 'recurrent', elements: shape.recurrent, dtype: dtypes.recurrent })
  }
  return { tensors }
}
