import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseJson, type JsonNode } from '../../src/engine/parse/json.js'
import { FIXTURES, fixtureText } from './engine.js'

/** Every real config under test/fixtures (folder/config.json), with its text. */
export const REAL_CONFIGS: readonly { name: string; text: string }[] = [
  'corpus',
  'written',
  'configs',
  'corpus-index'
].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((n) => !n.endsWith('.md'))
    .map((n) => ({ name: `${dir}/${n}`, text: fixtureText(`${dir}/${n}/config.json`) }))
)

/** Values that have broken JSON readers: non-finite, unsafe, wrong types, odd numbers. */
export const HAZARD_LITERALS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '9007199254740993',
  '18446744073709551616',
  '1e21',
  '1e-7',
  '-1',
  '0',
  '-0',
  '32.5',
  '4096.0',
  '"4096"',
  '"NaN"',
  '[4096]',
  '[]',
  '{}',
  'true',
  'false',
  'null',
  '""'
] as const

/** A place in a config text: a scalar value (with its span) or an object's opening brace. */
interface Site {
  kind: 'value' | 'object'
  start: number
  end: number
}

function scalarEnd(text: string, node: JsonNode): number {
  switch (node.type) {
    case 'number':
      return node.offset + node.raw.length
    case 'boolean':
      return node.offset + (node.value ? 4 : 5)
    case 'null':
      return node.offset + 4
    case 'string': {
      let i = node.offset + 1
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      return i + 1
    }
    default:
      return node.offset
  }
}

/** Every scalar value and every object of a parsed config, in document order. */
export function sitesOf(text: string): Site[] {
  const root = parseJson(text).root
  if (!root) return []
  const sites: Site[] = []
  const pending: JsonNode[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as JsonNode
    if (node.type === 'object') {
      sites.push({ kind: 'object', start: node.offset, end: node.offset + 1 })
      for (const m of node.members.values()) pending.push(m.value)
    } else if (node.type === 'array') {
      pending.push(...node.items)
    } else {
      sites.push({ kind: 'value', start: node.offset, end: scalarEnd(text, node) })
    }
  }
  return sites.sort((a, b) => a.start - b.start)
}

const replacement = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HAZARD_LITERALS) },
  // Whole numbers small enough to analyze quickly as a layer count (huge but safe layer counts
  // have their own tests), and integers beyond 2^53.
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 4096 }).map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: 1n << 53n, max: 1n << 70n }).map(String) },
  {
    weight: 1,
    arbitrary: fc
      .double({ noNaN: true })
      .filter((d) => !Number.isInteger(d) || Math.abs(d) <= 4096 || Math.abs(d) >= 2 ** 53)
      .map((d) => (Number.isFinite(d) ? String(d) : d > 0 ? 'Infinity' : '-Infinity'))
  },
  { weight: 1, arbitrary: fc.json() }
)

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'num_hidden_layers',
  'num_attention_heads',
  'num_key_value_heads',
  'head_dim',
  'hidden_size',
  'sliding_window',
  'layer_types',
  'model_type',
  'text_config',
  'kv_lora_rank',
  'torch_dtype'
]

/** One edit: a value replaced, or a member inserted at the start of an object. */
type Edit =
  | { site: number; kind: 'replace'; value: string }
  | { site: number; kind: 'insert'; key: string; value: string }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ site: fc.nat(), kind: fc.constant('replace' as const), value: replacement }),
  fc.record({
    site: fc.nat(),
    kind: fc.constant('insert' as const),
    key: fc.constantFrom(...KEYS),
    value: replacement
  })
)

function applyEdits(text: string, edits: readonly Edit[]): string {
  const sites = sitesOf(text)
  const values = sites.filter((s) => s.kind === 'value')
  const objects = sites.filter((s) => s.kind === 'object')
  const chosen: { start: number; end: number; text: string }[] = []
  for (const e of edits) {
    if (e.kind === 'replace' && values.length > 0) {
      const s = values[e.site % values.length]
      chosen.push({ start: s.start, end: s.end, text: e.value })
    } else if (e.kind === 'insert' && objects.length > 0) {
      const s = objects[e.site % objects.length]
      chosen.push({ start: s.end, end: s.end, text: `${JSON.stringify(e.key)}: ${e.value}, ` })
    }
  }
  // Back to front, one edit per place, so earlier offsets stay valid.
  const seen = new Set<number>()
  let out = text
  for (const c of chosen.sort((a, b) => b.start - a.start)) {
    if (seen.has(c.start)) continue
    seen.add(c.start)
    // An insertion into an empty object must not leave a trailing comma.
    const after = out.slice(c.end).trimStart()
    const piece = c.start === c.end && after.startsWith('}') ? c.text.replace(/, $/, '') : c.text
    out = out.slice(0, c.start) + piece + out.slice(c.end)
  }
  return out
}

/** A real config with 1–4 values replaced or members inserted, and sometimes a byte-level cut. */
export const mutatedConfig: fc.Arbitrary<{ name: string; text: string }> = fc
  .record({
    config: fc.constantFrom(...REAL_CONFIGS),
    edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 8 }),
    bom: fc.boolean()
  })
  .map(({ config, edits, cut, bom }) => {
    let text = applyEdits(config.text, edits)
    if (cut !== null) text = text.slice(0, Math.floor(text.length * cut))
    return { name: config.name, text: bom ? `\ufeff${text}` : text }
  })

/** Every number in a value (depth-first), for "no NaN / Infinity / unsafe integer" checks. */
export function numbersIn(value: unknown): number[] {
  const out: number[] = []
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const v = pending.pop()
    if (typeof v === 'number') out.push(v)
    else if (Array.isArray(v)) pending.push(...(v as unknown[]))
    else if (v !== null && typeof v === 'object')
      pending.push(...Object.values(v as Record<string, unknown>))
  }
  return out
}
