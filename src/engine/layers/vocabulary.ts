import type { Role } from '../config/families.js'

/** Every `layer_types` name seen in real configs and transformers' ALLOWED_LAYER_TYPES. */
const LAYER_TYPE_ROLES: Readonly<Record<string, Role>> = {
  full_attention: 'full',
  attention: 'full',
  global_attention: 'full',
  global: 'full',
  full: 'full',
  dense_attention: 'full',
  // DSA models: MLA layers with an indexer; the MLA rule decides their cache.
  deepseek_sparse_attention: 'full',
  indexed_attention: 'full',
  sliding_attention: 'sliding',
  sliding_window_attention: 'sliding',
  local_attention: 'sliding',
  local: 'sliding',
  sliding: 'sliding',
  chunked_attention: 'chunked',
  linear_attention: 'linear',
  linear: 'linear',
  mamba: 'ssm',
  mamba2: 'ssm',
  ssm: 'ssm',
  conv: 'conv',
  short_conv: 'conv',
  hybrid: 'hybrid',
  moe: 'none',
  mlp: 'none',
  dense: 'none',
  sparse: 'none'
}

export function roleOfLayerType(name: string): Role | undefined {
  return LAYER_TYPE_ROLES[name.trim().toLowerCase()]
}

/** Nemotron-H's hybrid_override_pattern: M = Mamba-2, * = attention, - = MLP, E = MoE. */
const PATTERN_CHAR_ROLES: Readonly<Record<string, Role>> = {
  M: 'ssm',
  '*': 'full',
  '-': 'none',
  E: 'none'
}

export function roleOfPatternChar(c: string): Role | undefined {
  return PATTERN_CHAR_ROLES[c]
}

/** Names of the roles in messages and tables. */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  attention: 'attention',
  full: 'full attention',
  sliding: 'sliding-window attention',
  chunked: 'chunked attention',
  linear: 'linear attention',
  ssm: 'SSM',
  conv: 'short convolution',
  hybrid: 'attention + SSM',
  none: 'no mixer cache'
}
