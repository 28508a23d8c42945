import type { LayerKind, LayerSpec, StateTensor } from '../cache/kinds.js'
import { stateTensors, type StateDtypes } from '../cache/state.js'
import type { Dim, Dimensions } from '../config/dimensions.js'
import { INVALID } from '../config/view.js'
import type { Role } from '../config/families.js'
import { DECLARED_PATTERNS, type Decision, type PatternContext } from './declared.js'
import { ROLE_WORDS } from './vocabulary.js'
import type { LayerClass, WeightInventory } from './weights.js'

/** Far above any real model (the deepest have a few hundred layers), far below what exhausts memory. */
export const MAX_LAYERS = 1_000_000

export interface Detection {
  layers: LayerSpec[]
  /** The state every linear / SSM / conv / hybrid layer of this model keeps. */
  state: StateTensor[]
  numLayers: number
  /** The window / chunk sizes in force, for the summary line. */
  slidingWindow: number | null
  attentionChunk: number | null
}

interface Inputs {
  dims: Dimensions
  weights: WeightInventory | null
  weightsName: string
  stateDtypes: StateDtypes
}

/**
 * The tiered layer-pattern detector: one decision per layer, each with its tier and source.
 * Tier 1 is what the config declares, Tier 2 what the checkpoint's weight names show, Tier 3 the
 * model type's known layout when the config says nothing.
 */
export function detectLayers({
  dims,
  weights,
  weightsName,
  stateDtypes
}: Inputs): Detection | null {
  const text = dims.text
  const family = dims.family
  const label = dims.model.modelType ?? 'this model'

  const counted = countLayers(dims, weights, weightsName)
  const hidden = dims.positive(dims.get('hidden_size'), 'hidden_size')
  const heads = dims.positive(dims.get('num_attention_heads'), 'num_attention_heads')
  if (counted === null) {
    missing(dims, ['num_hidden_layers (or n_layer, num_layers)'])
    return null
  }
  const numLayers = dims.atMost(
    dims.positive(counted, 'The number of layers'),
    MAX_LAYERS,
    'The number of layers'
  )
  if (numLayers === null) return null

  const ctx: PatternContext = {
    dims,
    text,
    numLayers: numLayers.value,
    numHeads: heads?.value ?? null
  }
  let decisions: Decision[] | null = null
  for (const reader of DECLARED_PATTERNS) {
    decisions = reader(ctx)
    if (decisions) break
  }
  decisions ??= familyWindowRule(ctx)
  if (!decisions) {
    const layout = family?.layout
    const source = layout
      ? `${label}: ${layout.describe}`
      : `${label}: every layer attention (the config declares no layer pattern)`
    const fallback = (i: number): Decision =>
      layout
        ? { role: layout.roles(i, numLayers.value), tier: 3, source }
        : { role: 'attention', tier: 3, source }
    decisions = weights
      ? fromWeights(dims, weights, numLayers.value, weightsName, fallback)
      : Array.from({ length: numLayers.value }, (_, i) => fallback(i))
  }
  // Pad a too-short declaration (already reported) so every layer still gets a row.
  while (decisions.length < numLayers.value) {
    decisions.push({ role: 'none', tier: 1, source: 'missing from the declared pattern' })
  }
  decisions = decisions.slice(0, numLayers.value)

  if (weights) crossCheck(dims, decisions, weights, numLayers.value, weightsName)

  const window = resolveWindow(dims, decisions)
  const chunk = dims.get('attention_chunk_size')
  const mla = resolveMla(dims)
  const shared = dims.key('num_kv_shared_layers')
  const sharedFrom = shared ? numLayers.value - shared.value : numLayers.value
  if (shared && shared.value > numLayers.value) {
    text.report(
      'error',
      'invalid-size',
      `num_kv_shared_layers (${shared.value}) exceeds the ${numLayers.value} layers.`,
      'num_kv_shared_layers'
    )
    dims.invalid = true
  }

  const roles = decisions.map((d) => normalizeRole(d.role, dims))
  const needsAttention = roles.some(
    (r) => r === 'full' || r === 'sliding' || r === 'chunked' || r === 'attention' || r === 'hybrid'
  )
  const attention = needsAttention && !mla ? resolveAttention(dims, hidden, heads) : null
  const perLayerHeads = needsAttention && !mla ? perLayerKvHeads(dims, numLayers.value) : null
  const stateModel = family?.stateModel
  let state: StateTensor[] | null = null
  const needsState = roles.some(
    (r) => r === 'linear' || r === 'ssm' || r === 'conv' || r === 'hybrid'
  )
  if (needsState) {
    if (!stateModel) {
      text.report(
        'error',
        'unknown-state-shape',
        `${label} has recurrent or convolution layers, but cachespec does not know the state shape of this model type.`,
        null
      )
      dims.invalid = true
    } else {
      const result = stateTensors(stateModel, dims, hidden, stateDtypes)
      if ('missing' in result) missing(dims, [result.missing])
      else state = result.tensors
    }
  }

  const sharedSource = shared
    ? `${shared.source} (the last ${shared.value} layers reuse earlier layers' KV)`
    : ''
  const unset = new Set<UnsetLength>()
  const layers: LayerSpec[] = decisions.map((d, index) => {
    let kind = kindOf(roles[index], window?.value ?? null, chunk?.value ?? null, d, dims, unset)
    let source = d.source
    if (mla && isAttentionKind(kind)) kind = 'mla'
    if (shared && index >= sharedFrom && isAttentionKind(kind)) {
      kind = 'shared'
      source = sharedSource
    }
    let kvHeads = 0
    let headDim = 0
    if (kind === 'mla' && mla) {
      kvHeads = 1
      headDim = mla.width
    } else if (kind === 'full' || kind === 'sliding' || kind === 'chunked' || kind === 'hybrid') {
      const layerType = kind === 'full' ? 'full' : 'other'
      headDim = attention?.headDim(layerType) ?? 0
      kvHeads = d.kvHeads ?? perLayerHeads?.[index] ?? attention?.kvHeads(layerType) ?? 0
    }
    return {
      index,
      kind,
      kvHeads,
      headDim,
      window:
        kind === 'sliding'
          ? (window?.value ?? null)
          : kind === 'chunked'
            ? (chunk?.value ?? null)
            : null,
      tier: d.tier,
      source
    }
  })
  for (const key of unset) {
    const { code, message } = UNSET_LENGTH[key]
    text.report('error', code, message, text.member(key) ? key : null)
    dims.invalid = true
  }

  return {
    layers,
    state: state ?? [],
    numLayers: numLayers.value,
    slidingWindow: layers.some((l) => l.kind === 'sliding') ? (window?.value ?? null) : null,
    attentionChunk: layers.some((l) => l.kind === 'chunked') ? (chunk?.value ?? null) : null
  }
}

function isAttentionKind(kind: LayerKind): boolean {
  return kind === 'full' || kind === 'sliding' || kind === 'chunked'
}

function missing(dims: Dimensions, keys: string[]): void {
  dims.text.report(
    'error',
    'missing-dimension',
    `The KV cache cannot be sized: ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} missing${dims.family ? '' : ' and this model type has no known defaults'}.`,
    dims.model.modelTypeField && dims.model.modelTypeField.pointer.startsWith(dims.text.pointer)
      ? 'model_type'
      : null
  )
  dims.invalid = true
}

function countLayers(
  dims: Dimensions,
  weights: WeightInventory | null,
  weightsName: string
): Dim | null {
  const text = dims.text
  if (dims.family?.layersFromPattern) {
    const pattern = text.string('hybrid_override_pattern')
    const list = text.array('layers_block_type')
    const fromPattern = list
      ? { value: list.value.length, source: list.pointer }
      : pattern
        ? { value: pattern.value.length, source: pattern.pointer }
        : null
    if (fromPattern) return fromPattern
  }
  const declared = dims.get('num_hidden_layers')
  if (declared || dims.present('num_hidden_layers')) return declared
  const types = text.array('layer_types')
  if (types) return { value: types.value.length, source: types.pointer }
  if (weights)
    return {
      value: weights.count,
      source: `${weightsName}: ${weights.prefix}.0–${weights.count - 1}`
    }
  return null
}

/** Qwen2-style and SmolLM3 windows, which only exist when use_sliding_window says so. */
function familyWindowRule(ctx: PatternContext): Decision[] | null {
  const { dims, text, numLayers } = ctx
  const rule = dims.family?.window
  if (rule !== 'qwen2' && rule !== 'qwen2-moe' && rule !== 'smollm3') return null
  const use = text.flag('use_sliding_window')
  const window = dims.get('sliding_window')
  const enabled = use?.value === true && window !== null && window.value > 0
  if (!enabled) {
    if (use?.value === false && window && window.value > 0 && text.has('sliding_window')) {
      text.report(
        'notice',
        'window-disabled',
        `sliding_window is ${window.value} but use_sliding_window is false, so no layer uses a window (transformers sets sliding_window to None).`,
        'sliding_window'
      )
    }
    const source = use
      ? use.pointer
      : `${dims.model.modelType ?? 'model'}: use_sliding_window defaults to false`
    return Array.from({ length: numLayers }, () => ({ role: 'full', tier: use ? 1 : 3, source }))
  }
  if (rule === 'smollm3') {
    const interval = dims.key('no_rope_layer_interval')?.value ?? 4
    const list = text.sizeList('no_rope_layers')
    const ropes = list && typeof list !== 'symbol' ? list.value : null
    return Array.from({ length: numLayers }, (_, i) => {
      const hasRope = ropes ? ropes[i] !== 0 : (i + 1) % interval !== 0
      return {
        role: hasRope ? 'full' : 'sliding',
        tier: 1,
        source: `${use.pointer}, no_rope_layers`
      }
    })
  }
  const maxWindowLayers = dims.key('max_window_layers')?.value ?? numLayers
  return Array.from({ length: numLayers }, (_, i) => {
    const sliding =
      rule === 'qwen2' ? i >= maxWindowLayers : (i + 1) % 2 === 1 && i < maxWindowLayers
    return {
      role: sliding ? 'sliding' : 'full',
      tier: 1,
      source: `${use.pointer}, max_window_layers = ${maxWindowLayers}`
    }
  })
}

/**
 * Tier 2 decides what each layer is (attention, linear, SSM, conv) when the config says nothing;
 * the model type's layout still splits attention into sliding and full, which weights cannot show.
 */
function fromWeights(
  dims: Dimensions,
  weights: WeightInventory,
  numLayers: number,
  weightsName: string,
  fallback: (i: number) => Decision
): Decision[] {
  const roleOf: Record<LayerClass, Role> = {
    attention: 'attention',
    linear: 'linear',
    ssm: 'ssm',
    conv: 'conv',
    hybrid: 'hybrid',
    none: 'none'
  }
  const mismatches: number[] = []
  const decisions = Array.from({ length: numLayers }, (_, i): Decision => {
    const known = fallback(i)
    const cls = weights.classes.get(i)
    if (cls === undefined) return known
    const evidence = `${weightsName}: ${weights.prefix}.${i} has ${cls} weights`
    if (known.role === 'attention') return { role: roleOf[cls], tier: 2, source: evidence }
    if (classOfRole(known.role, dims) !== cls) {
      mismatches.push(i)
      return { role: roleOf[cls], tier: 2, source: evidence }
    }
    const refined = known.role === 'sliding' || known.role === 'chunked'
    return refined
      ? { ...known, source: `${known.source}; ${evidence}` }
      : { role: known.role, tier: 2, source: evidence }
  })
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 5).join(', ')
    dims.text.report(
      'warning',
      'weights-disagree',
      `The config declares no layer pattern, and ${weightsName} does not follow the ${dims.model.modelType ?? 'model-type'} default at layer${mismatches.length === 1 ? '' : 's'} ${shown}${mismatches.length > 5 ? ` and ${mismatches.length - 5} more` : ''}; the weights decide those layers, but transformers would build the default layout. Add layer_types to the config.`,
      dims.model.modelTypeField && dims.text.member('model_type') ? 'model_type' : null
    )
  }
  return decisions
}

function classOfRole(role: Role, dims: Dimensions): LayerClass {
  switch (normalizeRole(role, dims)) {
    case 'linear':
      return 'linear'
    case 'ssm':
      return 'ssm'
    case 'conv':
      return 'conv'
    case 'hybrid':
      return 'hybrid'
    case 'none':
      return 'none'
    default:
      return 'attention'
  }
}

/** Tier 2 cross-checks what Tier 1 and Tier 3 decided; a disagreement is a warning. */
function crossCheck(
  dims: Dimensions,
  decisions: Decision[],
  weights: WeightInventory,
  numLayers: number,
  weightsName: string
): void {
  const text = dims.text
  const extra =
    dims.key('num_nextn_predict_layers')?.value ?? dims.key('mtp_num_hidden_layers')?.value ?? 0
  if (weights.count !== numLayers && weights.count !== numLayers + extra) {
    text.report(
      'warning',
      'weights-disagree',
      `The config has ${numLayers} layers but ${weightsName} has weights for ${weights.count} (${weights.prefix}.0–${weights.count - 1}).`,
      text.has('num_hidden_layers') ? 'num_hidden_layers' : null
    )
  }
  const mismatches: string[] = []
  for (const [i, d] of decisions.entries()) {
    // Layers past the weights' last one are covered by the count warning above.
    if (d.tier === 2 || i >= weights.count) continue
    const expected = classOfRole(d.role, dims)
    const actual = weights.classes.get(i) ?? 'none'
    if (expected !== actual)
      mismatches.push(`layer ${i} is ${ROLE_WORDS[d.role]} in the config but has ${actual} weights`)
  }
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 3).join('; ')
    const more = mismatches.length > 3 ? `; and ${mismatches.length - 3} more layers` : ''
    text.report(
      'warning',
      'weights-disagree',
      `The config and ${weightsName} disagree: ${shown}${more}.`,
      text.has('layer_types') ? 'layer_types' : null
    )
  }
}

function normalizeRole(role: Role, dims: Dimensions): Role {
  const model = dims.family?.stateModel
  // Newer transformers names Mamba layers "linear_attention" (remap_legacy_layer_types).
  if (role === 'linear' && (model === 'mamba1' || model === 'mamba2')) return 'ssm'
  return role
}

function resolveWindow(dims: Dimensions, decisions: Decision[]): Dim | null {
  const w = dims.get('sliding_window')
  if (!w || w.value === 0) return null
  const text = dims.text
  const max = dims.get('max_position_embeddings')
  const usesWindow =
    decisions.some((d) => d.role === 'sliding') ||
    ((dims.family?.window ?? 'uniform') === 'uniform' &&
      decisions.some((d) => d.role === 'attention'))
  if (usesWindow && max && w.value >= max.value && text.has('sliding_window')) {
    text.report(
      'notice',
      'window-exceeds-context',
      `sliding_window (${w.value}) is not smaller than max_position_embeddings (${max.value}): the window never limits the cache.`,
      'sliding_window'
    )
  }
  return w
}

/** A window or chunk size that declared layers need but the config does not set. */
type UnsetLength = keyof typeof UNSET_LENGTH

const UNSET_LENGTH = {
  sliding_window: {
    code: 'missing-window',
    message: 'Some layers are declared sliding-window layers, but sliding_window is not set.'
  },
  attention_chunk_size: {
    code: 'missing-chunk',
    message:
      'Some layers are declared chunked-attention layers, but attention_chunk_size is not set.'
  }
}

function kindOf(
  role: Role,
  window: number | null,
  chunk: number | null,
  d: Decision,
  dims: Dimensions,
  unset: Set<UnsetLength>
): LayerKind {
  const rule = dims.family?.window ?? 'uniform'
  switch (role) {
    case 'attention':
      return rule === 'uniform' && window !== null ? 'sliding' : 'full'
    case 'sliding':
      if (window !== null) return 'sliding'
      if (d.tier === 1) unset.add('sliding_window')
      return 'full'
    case 'chunked':
      if (chunk !== null) return 'chunked'
      if (d.tier === 1 && dims.family?.id !== 'llama4') unset.add('attention_chunk_size')
      return 'full'
    default:
      return role
  }
}

/** MLA: one latent of kv_lora_rank + qk_rope_head_dim per token and layer (vLLM MLAAttentionSpec). */
function resolveMla(dims: Dimensions): { width: number } | null {
  const explicit = dims.text.member('kv_lora_rank')
  if (!dims.family?.mla && !explicit) return null
  const rank = dims.key('kv_lora_rank')
  if (!rank) return null
  const rope = dims.key('qk_rope_head_dim')
  if (!rope) {
    missing(dims, ['qk_rope_head_dim'])
    return null
  }
  return { width: rank.value + rope.value }
}

interface AttentionDims {
  kvHeads(layerType: 'full' | 'other'): number
  headDim(layerType: 'full' | 'other'): number
}

function resolveAttention(
  dims: Dimensions,
  hidden: Dim | null,
  heads: Dim | null
): AttentionDims | null {
  const text = dims.text
  const family = dims.family
  const label = dims.model.modelType ?? 'model'
  const missingKeys: string[] = []

  const byDivision = (): number | null => {
    if (!hidden || !heads || heads.value === 0) return null
    const q = hidden.value / heads.value
    return Number.isInteger(q) ? q : null
  }

  let headDim: number | null = null
  const read = text.size(['head_dim', 'attention_head_dim', 'kv_channels', 'hidden_size_per_head'])
  const divided = hidden && heads && heads.value > 0 ? hidden.value / heads.value : null
  if (read === INVALID) {
    dims.invalid = true
  } else if (family?.headDimFromHidden) {
    headDim = byDivision()
    if (headDim === null) missingKeys.push('hidden_size, num_attention_heads')
  } else if (read) {
    headDim = read.value
    if (divided !== null && divided !== read.value) {
      text.report(
        'notice',
        'head-dim-differs',
        `${read.key} is ${read.value}, not hidden_size / num_attention_heads = ${formatRatio(hidden!.value, heads!.value)}; the explicit value is used, as transformers and vLLM do.`,
        read.key
      )
    }
  } else if (family?.defaults.head_dim) {
    headDim = family.defaults.head_dim
    if (divided !== null && divided !== headDim) {
      text.report(
        'notice',
        'head-dim-differs',
        `head_dim is not in the config; the ${label} default is ${headDim}, not hidden_size / num_attention_heads = ${formatRatio(hidden!.value, heads!.value)}.`,
        null
      )
    }
  } else {
    headDim = byDivision()
    if (headDim === null) {
      if (divided !== null) {
        text.report(
          'error',
          'head-dim-not-integer',
          `hidden_size / num_attention_heads = ${formatRatio(hidden!.value, heads!.value)} is not a whole number, and there is no head_dim.`,
          'hidden_size'
        )
        dims.invalid = true
      } else {
        missingKeys.push('head_dim (or hidden_size and num_attention_heads)')
      }
    }
  }

  const kvHeads = resolveKvHeads(dims, heads, missingKeys)
  if (kvHeads !== null && heads && kvHeads.value > 0 && heads.value % kvHeads.value !== 0) {
    text.report(
      'error',
      'heads-not-divisible',
      `num_attention_heads (${heads.value}) is not a multiple of the ${kvHeads.value} KV heads; grouped-query attention needs whole groups.`,
      kvHeads.source.startsWith(text.pointer + '/')
        ? kvHeads.source.slice(text.pointer.length + 1)
        : null
    )
    dims.invalid = true
  }
  for (const d of [headDim, kvHeads?.value]) {
    if (d === 0) {
      text.report(
        'error',
        'non-positive-dimension',
        'Attention layers need at least one KV head and a head_dim above zero.',
        null
      )
      dims.invalid = true
    }
  }
  if (missingKeys.length > 0) missing(dims, missingKeys)
  const perLayer = family?.id === 'openelm'
  if (headDim === null || (kvHeads === null && !perLayer)) return null
  const kv = kvHeads?.value ?? 0

  // Gemma 4: global layers have their own head_dim and, with k_eq_v, their own KV heads.
  const globalHeadDim =
    family?.id === 'gemma4' ? (dims.key('global_head_dim')?.value ?? headDim) : headDim
  const globalKv =
    family?.id === 'gemma4' && text.flag('attention_k_eq_v')?.value === true
      ? (dims.key('num_global_key_value_heads')?.value ?? kv)
      : kv
  return {
    headDim: (t) => (t === 'full' ? globalHeadDim : headDim),
    kvHeads: (t) => (t === 'full' ? globalKv : kv)
  }
}

function resolveKvHeads(dims: Dimensions, heads: Dim | null, missingKeys: string[]): Dim | null {
  const text = dims.text
  const rule = dims.family?.kvHeadsRule
  const flagOr = (key: string, fallback: boolean) => text.flag(key)?.value ?? fallback
  // Falcon-40B's RefinedWeb format implies the new decoder architecture (grouped KV heads).
  const oldFalcon =
    rule === 'falcon' && !flagOr('new_decoder_architecture', dims.model.modelType === 'refinedweb')
  if (oldFalcon || rule === 'multi-query') {
    if (!flagOr('multi_query', true)) return heads
    return {
      value: 1,
      source: text.has('multi_query')
        ? text.pointerOf('multi_query')
        : `${oldFalcon ? 'falcon' : 'gpt_bigcode'} default multi_query = true`
    }
  }
  if (rule === 'chatglm') {
    if (!flagOr('multi_query_attention', false)) return heads
    return dims.key('multi_query_group_num')
  }
  if (dims.family?.id === 'openelm') return null
  const nested = text.child('attn_config')
  const mpt = nested ? dims.accept(nested.size(['kv_n_heads'])) : undefined
  const kv = dims.get('num_key_value_heads') ?? mpt ?? null
  if (kv) return kv
  if (heads)
    return { value: heads.value, source: `${heads.source} (no KV-head key: multi-head attention)` }
  missingKeys.push('num_attention_heads')
  return null
}

/** OpenELM lists KV heads per layer. */
function perLayerKvHeads(dims: Dimensions, numLayers: number): number[] | null {
  if (dims.family?.id !== 'openelm') return null
  const text = dims.text
  const list = text.sizeList('num_kv_heads')
  if (list === null) {
    missing(dims, ['num_kv_heads'])
    return null
  }
  if (typeof list === 'symbol') {
    dims.invalid = true
    return null
  }
  if (list.value.length !== numLayers) {
    text.report(
      'error',
      'layer-types-length',
      `num_kv_heads lists ${list.value.length} layers but the model has ${numLayers}.`,
      'num_kv_heads'
    )
    dims.invalid = true
  }
  const queries = text.sizeList('num_query_heads')
  if (queries && typeof queries !== 'symbol') {
    for (const [i, q] of queries.value.entries()) {
      const kv = list.value[i]
      if (kv !== undefined && (kv === 0 || q % kv !== 0)) {
        text.report(
          'error',
          'heads-not-divisible',
          `Layer ${i}: num_query_heads (${q}) is not a multiple of num_kv_heads (${kv}).`,
          'num_kv_heads'
        )
        dims.invalid = true
      }
    }
  }
  return list.value
}

function formatRatio(a: number, b: number): string {
  const q = a / b
  return Number.isInteger(q) ? String(q) : `${a}/${b} ≈ ${q.toFixed(2)}`
}
