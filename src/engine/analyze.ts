import {
  configElementType,
  DEFAULT_MODEL_DTYPE,
  kvElementType,
  MLX_GROUP_SIZE,
  type ElementType
} from './cache/dtype.js'
import { ownsKvCache, type LayerSpec } from './cache/kinds.js'
import { computeMemory, type Memory } from './cache/memory.js'
import { Dimensions } from './config/dimensions.js'
import { locateTextModel, type TextModel } from './config/text-model.js'
import { ConfigView } from './config/view.js'
import { clipText, type RawFinding } from './findings.js'
import { detectLayers, type Detection } from './layers/detect.js'
import { summarizePattern } from './layers/pattern.js'
import { readWeightInventory, type WeightInventory } from './layers/weights.js'
import { type AnalysisOptions, MAX_CONFIG_BYTES } from './options.js'
import { parseJson } from './parse/json.js'
import { LineIndex } from './parse/positions.js'
import type { MemoryReport, ModelReport, SpecReport } from './report.js'
import { utf8Length } from './utf8.js'

export interface ConfigInput {
  /** Repository-relative, with `/`. */
  path: string
  text: string
  /** The file's size in bytes when known (it may be larger than `text` if the reader stopped early). */
  byteLength?: number
  /** The sibling model.safetensors.index.json, for Tier 2. */
  weightIndex?: { name: string; text: string } | null
}

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1'

/** config.json text → KV-cache spec, memory and findings. Never throws on any input. */
export function analyzeConfig(input: ConfigInput, options: AnalysisOptions): ModelReport {
  const sink: RawFinding[] = []
  const lines = new LineIndex(input.text)
  const finish = (partial: Partial<ModelReport>): ModelReport => {
    const findings = sink.map((f) => lines.locate(f))
    const invalid = findings.some((f) => f.severity === 'error')
    return {
      path: input.path,
      status: invalid ? 'invalid' : 'ok',
      modelType: partial.modelType ?? null,
      spec: partial.spec ?? null,
      memory: invalid ? null : (partial.memory ?? null),
      findings
    }
  }
  const fileProblem = checkFile(input)
  if (fileProblem) {
    sink.push(fileProblem)
    return finish({})
  }
  const parsed = parseJson(input.text)
  for (const f of parsed.findings) sink.push(f)
  if (!parsed.root) return finish({})
  if (parsed.root.type !== 'object') {
    sink.push({
      severity: 'error',
      code: 'not-an-object',
      message: 'A model config must be a JSON object.',
      pointer: '',
      offset: parsed.root.offset
    })
    return finish({})
  }

  const model = locateTextModel(new ConfigView(parsed.root, '', sink))
  const label = model.modelType ?? 'this model'
  if (!model.family) noteUnknownType(model)
  const dims = new Dimensions(model, label)
  const weights = readWeights(input, model, sink)
  const dtype = modelDtype(model)
  const kvType = options.kvDtype === 'auto' ? dtype : kvElementType(options.kvDtype)
  const detection = detectLayers({
    dims,
    weights,
    weightsName: input.weightIndex?.name ?? '',
    stateDtypes: { conv: dtype, recurrent: stateDtype(model) ?? dtype }
  })
  if (!detection) return finish({ modelType: model.modelType })
  if (kvType.name.startsWith('mlx-')) checkMlxQuantization(model, detection.layers)

  const spec = specReport(detection)
  const memory = computeMemory(
    detection.layers,
    detection.state,
    kvType,
    options.contexts,
    options.batch
  )
  return finish({ modelType: model.modelType, spec, memory: memoryReport(memory, kvType, model) })
}

/** A report for a file that could not be read as a config (symlink, too large, gone…). */
export function unreadableReport(path: string, code: string, message: string): ModelReport {
  return {
    path,
    status: 'invalid',
    modelType: null,
    spec: null,
    memory: null,
    findings: [{ severity: 'error', code, message, pointer: '', line: 1, column: 1 }]
  }
}

function checkFile(input: ConfigInput): RawFinding | null {
  const bytes = input.byteLength ?? utf8Length(input.text)
  const at = (code: string, message: string): RawFinding => ({
    severity: 'error',
    code,
    message,
    pointer: '',
    offset: 0
  })
  if (bytes > MAX_CONFIG_BYTES) {
    return at(
      'file-too-large',
      `The file is ${bytes} bytes; model configs are a few KiB, and files over 1 MiB are not read.`
    )
  }
  if (input.text.startsWith(LFS_POINTER)) {
    return at(
      'lfs-pointer',
      'This is a Git LFS pointer, not the config: the content is not in the repository (fetch LFS objects, or keep config.json out of LFS).'
    )
  }
  if (input.text.includes('\u0000'))
    return at('not-text', 'The file contains NUL bytes; it is not a JSON text file.')
  return null
}

function noteUnknownType(model: TextModel): void {
  const field = model.modelTypeField
  const what = field
    ? `model_type "${clipText(field.value)}" is not one cachespec knows`
    : 'The config has no model_type'
  const view = model.text.string('model_type') ? model.text : model.root
  view.report(
    'notice',
    'unknown-model-type',
    `${what}; it is read with the standard keys and no family defaults.`,
    field ? 'model_type' : null
  )
}

function readWeights(
  input: ConfigInput,
  model: TextModel,
  sink: RawFinding[]
): WeightInventory | null {
  if (!input.weightIndex) return null
  const result = readWeightInventory(input.weightIndex.text)
  if ('inventory' in result) return result.inventory
  sink.push({
    severity: 'warning',
    code: 'weight-index-unreadable',
    message: `${input.weightIndex.name} was not used to check the layers: ${result.problem}.`,
    pointer: '',
    offset: model.root.node.offset
  })
  return null
}

/** torch_dtype or dtype of the text config, else of the whole model; float32 when none is named. */
function modelDtype(model: TextModel): ElementType {
  for (const view of model.text === model.root ? [model.root] : [model.text, model.root]) {
    for (const key of ['torch_dtype', 'dtype']) {
      const field = view.string(key)
      if (!field) continue
      const type = configElementType(field.value)
      if (type) return type
      view.report(
        'error',
        'unknown-dtype',
        `${key} "${clipText(field.value)}" is not a dtype cachespec can size.`,
        key
      )
      return DEFAULT_MODEL_DTYPE
    }
  }
  model.text.report(
    'notice',
    'dtype-assumed',
    'The config names no torch_dtype or dtype, so float32 is assumed (what transformers loads); pass a kv-dtype to size a 16-bit deployment.',
    null
  )
  return DEFAULT_MODEL_DTYPE
}

/** A recurrent-state dtype named by the config (Qwen3.5's mamba_ssm_dtype, Nemotron-H's mamba_ssm_cache_dtype). */
function stateDtype(model: TextModel): ElementType | null {
  for (const view of [model.text, model.root]) {
    for (const key of ['mamba_ssm_cache_dtype', 'mamba_ssm_dtype']) {
      const field = view.string(key)
      if (!field) continue
      const type = configElementType(field.value)
      if (type) return type
      view.report(
        'error',
        'unknown-dtype',
        `${key} "${clipText(field.value)}" is not a dtype cachespec can size.`,
        key
      )
    }
  }
  return null
}

function checkMlxQuantization(model: TextModel, layers: readonly LayerSpec[]): void {
  if (layers.some((l) => l.kind === 'sliding' || l.kind === 'chunked')) {
    model.text.report(
      'warning',
      'mlx-quantized-window',
      'mlx-lm cannot quantize sliding-window or chunked caches (RotatingKVCache.to_quantized is not implemented, mlx-lm#1573): --kv-bits fails on this model.',
      null
    )
  }
  if (layers.some((l) => ownsKvCache(l.kind) && l.headDim % MLX_GROUP_SIZE !== 0)) {
    model.text.report(
      'warning',
      'mlx-group-size',
      `mlx-lm quantizes the KV cache in groups of ${MLX_GROUP_SIZE}; a head_dim that is not a multiple of ${MLX_GROUP_SIZE} cannot be quantized.`,
      null
    )
  }
}

function specReport(d: Detection): SpecReport {
  const cached = d.layers.filter((l) => ownsKvCache(l.kind))
  const headline = (pick: (l: LayerSpec) => number) =>
    cached.reduce((m, l) => Math.max(m, pick(l)), 0)
  return {
    numLayers: d.numLayers,
    kvHeads: headline((l) => l.kvHeads),
    headDim: headline((l) => l.headDim),
    slidingWindow: d.slidingWindow,
    attentionChunk: d.attentionChunk,
    pattern: summarizePattern(d.layers),
    layers: d.layers
  }
}

function memoryReport(m: Memory, kvType: ElementType, model: TextModel): MemoryReport {
  let overflow = false
  const safe = (v: bigint): number | null => {
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v)
    overflow = true
    return null
  }
  const at: MemoryReport['at'] = {}
  for (const [context, v] of m.at) {
    at[String(context)] = { kv: safe(v.kv), state: safe(v.state), total: safe(v.total) }
  }
  const report: MemoryReport = {
    kvDtype: kvType.name,
    bytesPerElement: kvType.bytesPerElement,
    kvBytesPerToken: safe(m.kvBytesPerToken),
    stateBytes: safe(m.stateBytes),
    at
  }
  if (overflow) {
    model.text.report(
      'error',
      'memory-overflow',
      'A memory figure exceeds 2^53 − 1 bytes (8 PiB), beyond what the report can state exactly; the dimensions are not those of a real model.',
      null
    )
  }
  return report
}
