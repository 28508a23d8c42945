import type { Dimensions } from '../config/dimensions.js'
import type { Role } from '../config/families.js'
import { sizeValue, type ConfigView } from '../config/view.js'
import type { Tier } from '../cache/kinds.js'
import { clipText } from '../findings.js'
import { roleOfLayerType, roleOfPatternChar } from './vocabulary.js'

/** One layer's role, and the evidence for it. */
export interface Decision {
  role: Role
  tier: Tier
  source: string
  /** Per-layer KV heads, for configs that vary them (block_configs, OpenELM). */
  kvHeads?: number
}

export interface PatternContext {
  dims: Dimensions
  text: ConfigView
  numLayers: number
  numHeads: number | null
}

/** A Tier 1 reader: the layout the config declares through one key, or null if it has none. */
export type PatternReader = (ctx: PatternContext) => Decision[] | null

const declared = (role: Role, source: string, kvHeads?: number): Decision =>
  kvHeads === undefined ? { role, tier: 1, source } : { role, tier: 1, source, kvHeads }

function lengthMismatch(ctx: PatternContext, key: string, length: number, what: string): void {
  if (length === ctx.numLayers) return
  ctx.text.report(
    'error',
    'layer-types-length',
    `"${key}" lists ${length} ${what} but the model has ${ctx.numLayers} layers.`,
    key
  )
  ctx.dims.invalid = true
}

export const layerTypes: PatternReader = ({ text, dims, numLayers }) => {
  const field = text.array('layer_types')
  if (!field) return null
  const out: Decision[] = []
  for (const [i, item] of field.value.entries()) {
    const source = `${field.pointer}/${i}`
    const role = item.type === 'string' ? roleOfLayerType(item.value) : undefined
    if (role === undefined) {
      text.report(
        'error',
        'unknown-layer-type',
        item.type === 'string'
          ? `layer_types[${i}] is "${clipText(item.value)}", a layer type cachespec does not know; its cache cannot be sized.`
          : `layer_types[${i}] must be a string.`,
        null,
        item.offset
      )
      dims.invalid = true
      out.push(declared('none', source))
      continue
    }
    out.push(declared(role, source))
  }
  lengthMismatch(
    { text, dims, numLayers, numHeads: null },
    'layer_types',
    out.length,
    'layer types'
  )
  return out
}

/** Nemotron-H: `hybrid_override_pattern` ("M-M*-…") or the newer `layers_block_type` list. */
export const blockPattern: PatternReader = (ctx) => {
  const { text, dims } = ctx
  const list = text.array('layers_block_type')
  if (list) {
    const out = list.value.map((item, i) => {
      const role = item.type === 'string' ? roleOfLayerType(item.value) : undefined
      if (role === undefined) {
        text.report(
          'error',
          'unknown-layer-type',
          `layers_block_type[${i}] is not a known block type.`,
          null,
          item.offset
        )
        dims.invalid = true
      }
      return declared(role ?? 'none', `${list.pointer}/${i}`)
    })
    lengthMismatch(ctx, 'layers_block_type', out.length, 'blocks')
    return out
  }
  const pattern = text.string('hybrid_override_pattern')
  if (!pattern) return null
  const out = [...pattern.value].map((c, i) => {
    const role = roleOfPatternChar(c)
    if (role === undefined) {
      text.report(
        'error',
        'unknown-layer-type',
        `hybrid_override_pattern[${i}] is "${c}"; only M (Mamba-2), * (attention), - (MLP) and E (MoE) are known.`,
        'hybrid_override_pattern'
      )
      dims.invalid = true
    }
    return declared(role ?? 'none', `${pattern.pointer} [${i}] = ${c}`)
  })
  lengthMismatch(ctx, 'hybrid_override_pattern', out.length, 'blocks')
  return out
}

/** Nemotron-NAS / DeciLM: per-layer attention blocks that may be skipped or have their own GQA. */
export const blockConfigs: PatternReader = (ctx) => {
  const { text, dims, numHeads } = ctx
  const list = text.array('block_configs')
  if (!list) return null
  const out = list.value.map((block, i): Decision => {
    const source = `${list.pointer}/${i}/attention`
    const attention = block.type === 'object' ? block.members.get('attention')?.value : undefined
    if (attention?.type !== 'object') {
      text.report(
        'error',
        'invalid-block',
        `block_configs[${i}] has no "attention" object.`,
        null,
        block.offset
      )
      dims.invalid = true
      return declared('none', source)
    }
    const flag = (k: string) => attention.members.get(k)?.value
    if (flag('no_op')?.type === 'boolean' && (flag('no_op') as { value: boolean }).value) {
      return declared('none', `${source}/no_op`)
    }
    const linear = flag('replace_with_linear')
    if (linear?.type === 'boolean' && linear.value) {
      return declared('none', `${source}/replace_with_linear`)
    }
    const group = flag('n_heads_in_group')
    const groupSize = group ? sizeValue(group) : 'is missing.'
    if (
      typeof groupSize === 'string' ||
      groupSize === 0 ||
      numHeads === null ||
      numHeads % groupSize !== 0
    ) {
      text.report(
        'error',
        'invalid-block',
        typeof groupSize === 'string'
          ? `block_configs[${i}].attention.n_heads_in_group ${groupSize}`
          : `block_configs[${i}].attention.n_heads_in_group (${groupSize}) must divide num_attention_heads (${numHeads ?? 'unknown'}).`,
        null,
        group?.offset ?? attention.offset
      )
      dims.invalid = true
      return declared('none', source)
    }
    return declared('full', `${source}/n_heads_in_group`, numHeads / groupSize)
  })
  lengthMismatch(ctx, 'block_configs', out.length, 'blocks')
  return out
}

function periodic(
  ctx: PatternContext,
  key: string,
  isHit: (i: number, n: number) => boolean,
  hit: Role,
  other: Role
): Decision[] | null {
  if (!ctx.text.has(key)) return null
  const n = ctx.dims.key(key)
  if (!n) return null
  if (n.value === 0) {
    ctx.text.report('error', 'invalid-size', `"${key}" must be at least 1.`, key)
    ctx.dims.invalid = true
    return null
  }
  return Array.from({ length: ctx.numLayers }, (_, i) =>
    declared(isHit(i, n.value) ? hit : other, n.source)
  )
}

/** Qwen3-Next / Qwen3.5: layer i is full attention when (i + 1) is a multiple of the interval. */
export const fullAttentionInterval: PatternReader = (ctx) =>
  periodic(ctx, 'full_attention_interval', (i, n) => (i + 1) % n === 0, 'full', 'linear')

/** Jamba: attention where i % attn_layer_period == attn_layer_offset, Mamba elsewhere. */
export const attentionPeriod: PatternReader = (ctx) => {
  const { dims, text } = ctx
  if (!text.has('attn_layer_period') && !text.has('attn_layer_offset')) return null
  const period = dims.key('attn_layer_period')
  const offset = dims.key('attn_layer_offset')
  if (!period || !offset || period.value === 0 || offset.value >= period.value) {
    text.report(
      'error',
      'invalid-size',
      'attn_layer_offset must be smaller than attn_layer_period, and both must be set.',
      text.has('attn_layer_offset') ? 'attn_layer_offset' : 'attn_layer_period'
    )
    dims.invalid = true
    return null
  }
  const source = `${period.source} = ${period.value}, ${offset.source} = ${offset.value}`
  return Array.from({ length: ctx.numLayers }, (_, i) =>
    declared(i % period.value === offset.value ? 'full' : 'ssm', source)
  )
}

/** MiniMax remote-code configs: attn_type_list, 1 = softmax attention, 0 = lightning attention. */
export const attentionTypeList: PatternReader = (ctx) =>
  indexList(ctx, 'attn_type_list', (v) => (v === 1 ? 'full' : 'linear'))

/** LFM2: the indices of the attention layers; the others are short convolutions. */
export const fullAttentionIndices: PatternReader = (ctx) => {
  const list = ctx.text.sizeList('full_attn_idxs')
  if (list === null) return null
  if (typeof list === 'symbol') {
    ctx.dims.invalid = true
    return null
  }
  const attention = new Set(list.value)
  return Array.from({ length: ctx.numLayers }, (_, i) =>
    declared(attention.has(i) ? 'full' : 'conv', list.pointer)
  )
}

function indexList(ctx: PatternContext, key: string, role: (v: number) => Role): Decision[] | null {
  const list = ctx.text.sizeList(key)
  if (list === null) return null
  if (typeof list === 'symbol') {
    ctx.dims.invalid = true
    return null
  }
  lengthMismatch(ctx, key, list.value.length, 'entries')
  return list.value.map((v, i) => declared(role(v), `${list.pointer}/${i}`))
}

/** Llama 4: no_rope_layers[i] = 1 is a RoPE layer with chunked attention, 0 a NoPE global layer. */
export const noRopeLayers: PatternReader = (ctx) => {
  if (ctx.dims.family?.id !== 'llama4') return null
  const list = ctx.text.sizeList('no_rope_layers')
  if (list === null || typeof list === 'symbol' || list.value.length === 0) {
    if (typeof list === 'symbol') ctx.dims.invalid = true
    return null
  }
  lengthMismatch(ctx, 'no_rope_layers', list.value.length, 'entries')
  return list.value.map((v, i) => declared(v === 1 ? 'chunked' : 'full', `${list.pointer}/${i}`))
}

/** An int (every n-th layer global) or a string of L (local) and G (global), as EXAONE 4 writes. */
export const slidingWindowPattern: PatternReader = (ctx) => {
  const { text, dims, numLayers } = ctx
  const member = text.member('sliding_window_pattern')
  if (!member || member.value.type === 'null') return null
  const pointer = text.pointerOf('sliding_window_pattern')
  if (member.value.type === 'string') {
    const letters = member.value.value.toUpperCase()
    if (!/^[LG]+$/.test(letters)) {
      text.report(
        'error',
        'invalid-pattern',
        'sliding_window_pattern must be made of L (local) and G (global).',
        'sliding_window_pattern'
      )
      dims.invalid = true
      return null
    }
    // EXAONE 4's docstring: the last layer is always global, whatever the pattern says.
    return Array.from({ length: numLayers }, (_, i) =>
      declared(
        i === numLayers - 1 || letters[i % letters.length] === 'G' ? 'full' : 'sliding',
        pointer
      )
    )
  }
  return periodic(ctx, 'sliding_window_pattern', (i, n) => (i + 1) % n === 0, 'full', 'sliding')
}

export const DECLARED_PATTERNS: readonly PatternReader[] = [
  layerTypes,
  blockPattern,
  blockConfigs,
  attentionPeriod,
  fullAttentionInterval,
  attentionTypeList,
  fullAttentionIndices,
  noRopeLayers,
  slidingWindowPattern
]
