import { clipText } from '../findings.js'
import { parseJson } from '../parse/json.js'

/** What a decoder layer's weights show it computes. */
export type LayerClass = 'attention' | 'linear' | 'ssm' | 'conv' | 'hybrid' | 'none'

/** Tier 2: the checkpoint's own layer inventory, read from model.safetensors.index.json. */
export interface WeightInventory {
  /** The decoder stack's key prefix, e.g. "model.layers" or "transformer.h". */
  prefix: string
  /** Highest layer index + 1. */
  count: number
  classes: Map<number, LayerClass>
}

export type InventoryResult = { inventory: WeightInventory } | { problem: string }

/** Stacks that are not the language model's decoder (vision towers also have self_attn layers). */
const NOT_DECODER =
  /(^|\.)(vision|visual|vision_tower|vision_model|image|audio|audio_tower|speech|encoder|vit|siglip|clip|mm_projector|multi_modal_projector|talker|mtp)(\.|_|$)/i

const LAYER_KEY = /^(.*?)\.(\d+)\.([^.]+)(?:\.([^.]+))?/

const ATTENTION_MODULES = new Set(['self_attn', 'attn', 'attention', 'self_attention'])
const SSM_MODULES = new Set(['mamba', 'ssm', 'mamba_mixer'])
const CONV_MODULES = new Set(['conv', 'short_conv'])
/** A generic "mixer" module is an SSM, attention or MLP depending on what it holds (Nemotron-H, Mamba). */
const SSM_TENSORS = new Set(['A_log', 'conv1d', 'dt_bias', 'D'])
const ATTENTION_TENSORS = new Set(['q_proj', 'k_proj', 'v_proj', 'qkv_proj', 'o_proj'])

interface Found {
  attention: boolean
  linear: boolean
  ssm: boolean
  conv: boolean
}

export function readWeightInventory(text: string): InventoryResult {
  const { root } = parseJson(text)
  if (root?.type !== 'object') return { problem: 'it is not a JSON object' }
  const map = root.members.get('weight_map')?.value
  if (map?.type !== 'object') return { problem: 'it has no "weight_map" object' }

  const stacks = new Map<string, Map<number, Found>>()
  for (const name of map.members.keys()) {
    const m = LAYER_KEY.exec(name)
    if (!m) continue
    const [, prefix, index, module, tensor] = m
    if (NOT_DECODER.test(prefix)) continue
    let layers = stacks.get(prefix)
    if (!layers) stacks.set(prefix, (layers = new Map<number, Found>()))
    const i = Number(index)
    let found = layers.get(i)
    if (!found)
      layers.set(i, (found = { attention: false, linear: false, ssm: false, conv: false }))
    note(found, module, tensor)
  }
  let best: [string, Map<number, Found>] | null = null
  for (const entry of stacks) {
    if (best === null || entry[1].size > best[1].size) best = entry
  }
  if (best === null) return { problem: 'no decoder layers were found in its weight names' }
  const [fullPrefix, layers] = best
  const prefix = clipText(fullPrefix, 200)
  const classes = new Map<number, LayerClass>()
  for (const [i, found] of layers) classes.set(i, classify(found))
  let count = 0
  for (const i of layers.keys()) count = Math.max(count, i + 1)
  return { inventory: { prefix, count, classes } }
}

function note(found: Found, module: string, tensor: string | undefined): void {
  if (ATTENTION_MODULES.has(module)) found.attention = true
  else if (module === 'linear_attn') found.linear = true
  else if (SSM_MODULES.has(module)) found.ssm = true
  else if (CONV_MODULES.has(module)) found.conv = true
  else if (module === 'mixer' && tensor !== undefined) {
    if (SSM_TENSORS.has(tensor)) found.ssm = true
    else if (ATTENTION_TENSORS.has(tensor)) found.attention = true
  }
}

function classify(f: Found): LayerClass {
  if (f.attention && f.ssm) return 'hybrid'
  if (f.attention) return 'attention'
  if (f.linear) return 'linear'
  if (f.ssm) return 'ssm'
  if (f.conv) return 'conv'
  return 'none'
}
