import type { Family } from './families.js'
import type { TextModel } from './text-model.js'
import { INVALID, type ConfigView, type Read } from './view.js'

/** A resolved value and where it came from: a JSON pointer, or a sentence for defaults. */
export interface Dim {
  value: number
  source: string
}

const ALIASES = {
  num_hidden_layers: [
    'num_hidden_layers',
    'n_layer',
    'num_layers',
    'n_layers',
    'num_transformer_layers'
  ],
  num_attention_heads: ['num_attention_heads', 'n_head', 'n_heads', 'num_heads'],
  hidden_size: ['hidden_size', 'n_embd', 'n_embed', 'd_model', 'model_dim'],
  head_dim: ['head_dim', 'attention_head_dim', 'kv_channels', 'hidden_size_per_head'],
  // vLLM's lookup order (model_arch_config_convertor.get_total_num_kv_heads).
  num_key_value_heads: ['n_head_kv', 'num_kv_heads', 'num_key_value_heads'],
  max_position_embeddings: [
    'max_position_embeddings',
    'n_positions',
    'seq_length',
    'max_sequence_length',
    'max_context_length',
    'n_ctx'
  ],
  sliding_window: ['sliding_window', 'sliding_window_size'],
  attention_chunk_size: ['attention_chunk_size']
} as const

export type Canonical = keyof typeof ALIASES

/**
 * Reads dimensions from the text config, falling back to the family's transformers default.
 * A present but invalid value is reported by the view and poisons the result: it is never
 * replaced by a default.
 */
export class Dimensions {
  invalid = false

  constructor(
    readonly model: TextModel,
    private readonly familyLabel: string
  ) {}

  get text(): ConfigView {
    return this.model.text
  }

  get family(): Family | undefined {
    return this.model.family
  }

  /** A config key (with aliases) or the family default. */
  get(canonical: Canonical): Dim | null {
    return this.key(canonical, ALIASES[canonical])
  }

  /**
   * An explicit null is the config saying "None" (no window, derive head_dim...), so it is not
   * replaced by the family default; only an absent key is.
   */
  key(canonical: string, aliases: readonly string[] = [canonical]): Dim | null {
    const read = this.text.size(aliases)
    const found = this.accept(read)
    if (found !== undefined) return found
    if (aliases.some((k) => this.text.member(k) !== undefined)) return null
    const fallback = this.family?.defaults[canonical]
    if (fallback === undefined || fallback === null) return null
    return { value: fallback, source: `${this.familyLabel} default ${canonical} = ${fallback}` }
  }

  /**
   * A dimension that must be at least 1 (a layer count, a head count, a state size). Zero is an
   * error on its key; a default is never zero.
   */
  positive(dim: Dim | null, name: string): Dim | null {
    if (dim === null || dim.value > 0) return dim
    const key = this.keyOf(dim)
    this.text.report(
      'error',
      'non-positive-dimension',
      `${key ?? name} is 0; it must be at least 1.`,
      key
    )
    this.invalid = true
    return null
  }

  /** A count with a sane ceiling, so hostile values cannot make the engine build huge arrays. */
  atMost(dim: Dim | null, max: number, name: string): Dim | null {
    if (dim === null || dim.value <= max) return dim
    const key = this.keyOf(dim)
    this.text.report(
      'error',
      'invalid-size',
      `${key ?? name} is ${dim.value}, beyond any real model (cachespec sizes up to ${max.toLocaleString('en-US')}).`,
      key
    )
    this.invalid = true
    return null
  }

  /** The config key a dimension was read from, when it is a key of this object. */
  private keyOf(dim: Dim): string | null {
    const prefix = `${this.text.pointer}/`
    const key = dim.source.startsWith(prefix) ? dim.source.slice(prefix.length) : null
    return key !== null && !key.includes('/') ? key : null
  }

  /** Whether the config has any alias of the key, whatever its value. */
  present(canonical: Canonical): boolean {
    return ALIASES[canonical].some((k) => this.text.member(k) !== undefined)
  }

  accept(read: Read<number>): Dim | null | undefined {
    if (read === INVALID) {
      this.invalid = true
      return null
    }
    if (read === null) return undefined
    return { value: read.value, source: read.pointer }
  }
}
