import { clipText, type RawFinding } from '../findings.js'
import { escapePointerToken, type JsonNode, type Member, type ObjectNode } from '../parse/json.js'

/** A value read from the config, with where it came from. */
export interface Field<T> {
  value: T
  key: string
  pointer: string
  offset: number
}

/** Returned when a key is present but unusable: the caller must not fall back to a default. */
export const INVALID = Symbol('invalid')
export type Read<T> = Field<T> | null | typeof INVALID

/**
 * Read-only access to one object of a parsed config. Every type problem becomes a finding on the
 * exact key; values are never coerced ("32", [32], true and 32.5 are not sizes).
 */
export class ConfigView {
  constructor(
    readonly node: ObjectNode,
    readonly pointer: string,
    private readonly sink: RawFinding[]
  ) {}

  member(key: string): Member | undefined {
    return this.node.members.get(key)
  }

  /** Present and not JSON null (configs write null for "use the default" or "none"). */
  has(key: string): boolean {
    const m = this.node.members.get(key)
    return m !== undefined && m.value.type !== 'null'
  }

  pointerOf(key: string): string {
    return `${this.pointer}/${escapePointerToken(key)}`
  }

  child(key: string): ConfigView | null {
    const m = this.member(key)
    if (!m || m.value.type !== 'object') return null
    return new ConfigView(m.value, this.pointerOf(key), this.sink)
  }

  report(
    severity: RawFinding['severity'],
    code: string,
    message: string,
    key: string | null,
    offset?: number
  ): void {
    const m = key === null ? undefined : this.member(key)
    this.sink.push({
      severity,
      code,
      message,
      pointer: key === null ? this.pointer : this.pointerOf(key),
      offset: offset ?? m?.keyOffset ?? this.node.offset
    })
  }

  string(key: string): Field<string> | null {
    const m = this.member(key)
    if (!m || m.value.type !== 'string') return null
    return this.field(key, m, m.value.value)
  }

  /** A boolean flag. Anything but true/false/null is reported and reads as absent. */
  flag(key: string): Field<boolean> | null {
    const m = this.member(key)
    if (!m || m.value.type === 'null') return null
    if (m.value.type !== 'boolean') {
      this.report(
        'error',
        'invalid-flag',
        `"${key}" must be true or false, not ${describe(m.value)}.`,
        key
      )
      return null
    }
    return this.field(key, m, m.value.value)
  }

  /** The first present alias, validated as a size (a finite, non-negative, safe integer). */
  size(keys: readonly string[]): Read<number> {
    for (const key of keys) {
      const m = this.member(key)
      if (!m || m.value.type === 'null') continue
      const value = sizeValue(m.value)
      if (typeof value === 'string') {
        this.report('error', 'invalid-size', `"${key}" ${value}`, key, m.value.offset)
        return INVALID
      }
      return this.field(key, m, value)
    }
    return null
  }

  /** A list of sizes, e.g. OpenELM's per-layer `num_kv_heads`. */
  sizeList(key: string): Read<number[]> {
    const m = this.member(key)
    if (!m || m.value.type !== 'array') return null
    const values: number[] = []
    for (const [i, item] of m.value.items.entries()) {
      const value = sizeValue(item)
      if (typeof value === 'string') {
        this.sink.push({
          severity: 'error',
          code: 'invalid-size',
          message: `"${key}[${i}]" ${value}`,
          pointer: `${this.pointerOf(key)}/${i}`,
          offset: item.offset
        })
        return INVALID
      }
      values.push(value)
    }
    return this.field(key, m, values)
  }

  array(key: string): Field<JsonNode[]> | null {
    const m = this.member(key)
    if (!m || m.value.type !== 'array') return null
    return this.field(key, m, m.value.items)
  }

  private field<T>(key: string, m: Member, value: T): Field<T> {
    return { value, key, pointer: this.pointerOf(key), offset: m.value.offset }
  }
}

/** The number, or why it is not a size (phrased to follow the key's name). */
export function sizeValue(node: JsonNode): number | string {
  if (node.type !== 'number') {
    return `must be a whole number, not ${describe(node)}.`
  }
  const value = node.value
  const raw = clipText(node.raw, 40)
  if (!Number.isFinite(value)) {
    return `must be a finite number, not ${raw}${/e/i.test(raw) ? ' (it overflows a 64-bit float)' : ''}.`
  }
  if (!Number.isInteger(value)) return `must be a whole number, not ${raw}.`
  if (value < 0) return `must not be negative (${raw}).`
  if (!Number.isSafeInteger(value) || (/^\d+$/.test(raw) && String(value) !== raw)) {
    return `is too large to be exact (${raw} is beyond 2^53 − 1).`
  }
  return value === 0 ? 0 : value
}

export function describe(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return `the string ${JSON.stringify(node.value.length > 40 ? node.value.slice(0, 40) + '…' : node.value)}`
    case 'array':
      return 'a list'
    case 'object':
      return 'an object'
    case 'boolean':
      return String(node.value)
    case 'null':
      return 'null'
    case 'number':
      return node.raw
  }
}
