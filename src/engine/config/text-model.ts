import { clipText } from '../findings.js'
import { familyOf, normalizeModelType, type Family } from './families.js'
import type { ConfigView, Field } from './view.js'

/** Where multimodal configs keep their language model; vision and audio towers hold no KV cache. */
const TEXT_CONFIG_PATHS: readonly (readonly string[])[] = [
  ['text_config'],
  ['llm_config'],
  ['language_config'],
  ['thinker_config', 'text_config']
]

export interface TextModel {
  root: ConfigView
  /** The decoder's own config: a nested text config, or the root itself. */
  text: ConfigView
  modelType: string | null
  modelTypeField: Field<string> | null
  family: Family | undefined
}

export function locateTextModel(root: ConfigView): TextModel {
  let text = root
  for (const path of TEXT_CONFIG_PATHS) {
    let view: ConfigView | null = root
    for (const key of path) view = view?.child(key) ?? null
    if (view) {
      text = view
      break
    }
  }
  // A nested text config without its own model_type takes the family of the whole model.
  const modelTypeField = text.string('model_type') ?? root.string('model_type')
  const modelType = modelTypeField ? clipText(normalizeModelType(modelTypeField.value), 128) : null
  return { root, text, modelType, modelTypeField, family: familyOf(modelType) }
}
