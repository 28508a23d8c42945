import { clipText, type RawFinding } from '../findings.js'

/**
 * A JSON parser for configs written by Python's `json` module. It differs from JSON.parse where
 * real configs need it: it accepts bare NaN / Infinity / -Infinity and one leading BOM, keeps the
 * offset of every key and value (findings point at lines), keeps each number's source text
 * (so 9007199254740993 is caught rather than rounded), reports duplicate keys, keeps
 * `__proto__`-style keys out of every object, and never recurses (100,000-deep input is a
 * finding, not a stack overflow).
 */

export interface Member {
  keyOffset: number
  value: JsonNode
}
export interface ObjectNode {
  type: 'object'
  offset: number
  members: Map<string, Member>
}
export interface ArrayNode {
  type: 'array'
  offset: number
  items: JsonNode[]
}
export interface StringNode {
  type: 'string'
  offset: number
  value: string
}
export interface NumberNode {
  type: 'number'
  offset: number
  value: number
  raw: string
}
export interface BooleanNode {
  type: 'boolean'
  offset: number
  value: boolean
}
export interface NullNode {
  type: 'null'
  offset: number
}
export type JsonNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode

export interface ParseResult {
  root: JsonNode | null
  findings: RawFinding[]
}

export const MAX_DEPTH = 100
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

class SyntaxFault extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code = 'invalid-json'
  ) {
    super(message)
  }
}

interface Frame {
  node: ObjectNode | ArrayNode
  /** Where this container sits in its parent; the pointer string is built only for findings. */
  parent: Frame | null
  token: string
  state: 'start' | 'afterValue' | 'afterComma'
  /** Object frames: the key whose value is being parsed. */
  key: string
  keyOffset: number
  commaOffset: number
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

export function parseJson(text: string): ParseResult {
  return new Parser(text).run()
}

class Parser {
  private pos: number
  private readonly findings: RawFinding[] = []
  private readonly stack: Frame[] = []

  constructor(private readonly text: string) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
  }

  run(): ParseResult {
    try {
      return { root: this.parseDocument(), findings: this.findings }
    } catch (e) {
      if (!(e instanceof SyntaxFault)) throw e
      this.findings.push({
        severity: 'error',
        code: e.code,
        message: e.message,
        pointer: this.currentPointer(),
        offset: Math.min(e.offset, this.text.length)
      })
      return { root: null, findings: this.findings }
    }
  }

  private currentPointer(): string {
    const top = this.stack[this.stack.length - 1]
    if (!top) return ''
    if (top.node.type === 'array') return `${pointerOf(top)}/${top.node.items.length}`
    return top.keyOffset === -1
      ? pointerOf(top)
      : `${pointerOf(top)}/${escapePointerToken(top.key)}`
  }

  /** The token a value being parsed now will have in its container. */
  private currentToken(): string {
    const top = this.stack[this.stack.length - 1]
    if (!top) return ''
    return top.node.type === 'array' ? String(top.node.items.length) : escapePointerToken(top.key)
  }

  private parseDocument(): JsonNode {
    this.skipSpace()
    if (this.pos >= this.text.length) throw new SyntaxFault('The file is empty.', this.pos)
    const first = this.parseValueOrOpen()
    const root = first ?? this.stack[0].node
    while (this.stack.length > 0) this.step(this.stack[this.stack.length - 1])
    this.skipSpace()
    if (this.pos < this.text.length) {
      throw new SyntaxFault(
        `Unexpected ${this.describe(this.pos)} after the end of the JSON value.`,
        this.pos
      )
    }
    return root
  }

  private step(frame: Frame): void {
    this.skipSpace()
    const isObject = frame.node.type === 'object'
    const close = isObject ? 0x7d /* } */ : 0x5d /* ] */
    const c = this.text.charCodeAt(this.pos)
    if (frame.state === 'afterValue') {
      if (c === 0x2c /* , */) {
        frame.state = 'afterComma'
        frame.commaOffset = this.pos++
        return
      }
      if (c === close) return this.close()
      throw new SyntaxFault(
        `Expected "," or "${isObject ? '}' : ']'}" but found ${this.describe(this.pos)}.`,
        this.pos
      )
    }
    if (c === close) {
      if (frame.state === 'afterComma') {
        throw new SyntaxFault('Trailing comma before the closing bracket.', frame.commaOffset)
      }
      return this.close()
    }
    if (isObject) {
      if (c !== 0x22 /* " */) {
        throw new SyntaxFault(
          `Expected a property name in double quotes but found ${this.describe(this.pos)}.`,
          this.pos
        )
      }
      frame.keyOffset = this.pos
      frame.key = this.parseString()
      this.skipSpace()
      if (this.text.charCodeAt(this.pos) !== 0x3a /* : */) {
        throw new SyntaxFault(
          `Expected ":" after the property name but found ${this.describe(this.pos)}.`,
          this.pos
        )
      }
      this.pos++
    }
    const value = this.parseValueOrOpen()
    if (value !== null) this.attach(frame, value)
  }

  private close(): void {
    this.pos++
    const node = (this.stack.pop() as Frame).node
    const parent = this.stack[this.stack.length - 1]
    if (parent) this.attach(parent, node)
  }

  /** Returns a scalar, or opens a container (pushes a frame) and returns null. */
  private parseValueOrOpen(): JsonNode | null {
    this.skipSpace()
    const c = this.text.charCodeAt(this.pos)
    const offset = this.pos
    if (c !== 0x7b /* { */ && c !== 0x5b /* [ */) return this.parseScalar()
    if (this.stack.length >= MAX_DEPTH) {
      throw new SyntaxFault(
        `Nesting deeper than ${MAX_DEPTH} levels; no model config is shaped like this.`,
        offset,
        'too-deep'
      )
    }
    const parent = this.stack[this.stack.length - 1] ?? null
    const token = this.currentToken()
    this.pos++
    const node: ObjectNode | ArrayNode =
      c === 0x7b
        ? { type: 'object', offset, members: new Map() }
        : { type: 'array', offset, items: [] }
    this.stack.push({
      node,
      parent,
      token,
      state: 'start',
      key: '',
      keyOffset: -1,
      commaOffset: -1
    })
    return null
  }

  private attach(frame: Frame, value: JsonNode): void {
    frame.state = 'afterValue'
    if (frame.node.type === 'array') {
      frame.node.items.push(value)
      return
    }
    const key = frame.key
    const keyOffset = frame.keyOffset
    frame.keyOffset = -1
    const members = frame.node.members
    if (FORBIDDEN_KEYS.has(key)) {
      this.findings.push({
        severity: 'error',
        code: 'forbidden-key',
        message: `The key "${clipText(key)}" has no place in a model config (it is a prototype-pollution vector) and was ignored.`,
        pointer: `${pointerOf(frame)}/${escapePointerToken(key)}`,
        offset: keyOffset
      })
      return
    }
    if (members.has(key)) {
      this.findings.push({
        severity: 'warning',
        code: 'duplicate-key',
        message: `"${clipText(key)}" appears more than once in this object. Python's json module, and so transformers, keep the last value, which is the one used here; a reviewer of the diff may see the first.`,
        pointer: `${pointerOf(frame)}/${escapePointerToken(key)}`,
        offset: keyOffset
      })
      members.delete(key)
    }
    members.set(key, { keyOffset, value })
  }

  private parseScalar(): JsonNode {
    const offset = this.pos
    const c = this.text.charCodeAt(this.pos)
    if (c === 0x22) return { type: 'string', offset, value: this.parseString() }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.parseNumber()
    if (this.startsWith('true')) return this.literal(4, { type: 'boolean', offset, value: true })
    if (this.startsWith('false')) return this.literal(5, { type: 'boolean', offset, value: false })
    if (this.startsWith('null')) return this.literal(4, { type: 'null', offset })
    if (this.startsWith('NaN')) return this.literal(3, numberNode(offset, NaN, 'NaN'))
    if (this.startsWith('Infinity'))
      return this.literal(8, numberNode(offset, Infinity, 'Infinity'))
    if (this.pos >= this.text.length) throw new SyntaxFault('Unexpected end of file.', this.pos)
    throw new SyntaxFault(`Unexpected ${this.describe(this.pos)}.`, this.pos)
  }

  private literal<T extends JsonNode>(length: number, node: T): T {
    this.pos += length
    return node
  }

  private startsWith(word: string): boolean {
    return this.text.startsWith(word, this.pos)
  }

  private parseNumber(): NumberNode {
    const start = this.pos
    const text = this.text
    if (text.charCodeAt(this.pos) === 0x2d) {
      this.pos++
      if (text.startsWith('Infinity', this.pos)) {
        this.pos += 8
        return numberNode(start, -Infinity, '-Infinity')
      }
    }
    const intStart = this.pos
    while (isDigit(text.charCodeAt(this.pos))) this.pos++
    if (this.pos === intStart) throw new SyntaxFault('Invalid number.', start)
    if (text.charCodeAt(intStart) === 0x30 && this.pos - intStart > 1) {
      throw new SyntaxFault('Numbers may not have leading zeros.', start)
    }
    if (text.charCodeAt(this.pos) === 0x2e /* . */) {
      this.pos++
      const fracStart = this.pos
      while (isDigit(text.charCodeAt(this.pos))) this.pos++
      if (this.pos === fracStart) throw new SyntaxFault('Invalid number.', start)
    }
    const e = text.charCodeAt(this.pos)
    if (e === 0x65 || e === 0x45) {
      this.pos++
      const sign = text.charCodeAt(this.pos)
      if (sign === 0x2b || sign === 0x2d) this.pos++
      const expStart = this.pos
      while (isDigit(text.charCodeAt(this.pos))) this.pos++
      if (this.pos === expStart) throw new SyntaxFault('Invalid number.', start)
    }
    const raw = text.slice(start, this.pos)
    return numberNode(start, Number(raw), raw)
  }

  private parseString(): string {
    const text = this.text
    const start = this.pos
    this.pos++
    let out = ''
    let chunk = this.pos
    for (;;) {
      if (this.pos >= text.length) throw new SyntaxFault('Unterminated string.', start)
      const c = text.charCodeAt(this.pos)
      if (c === 0x22) {
        out += text.slice(chunk, this.pos)
        this.pos++
        return out
      }
      if (c < 0x20) {
        throw new SyntaxFault('Control character inside a string (use an escape).', this.pos)
      }
      if (c === 0x5c /* \ */) {
        out += text.slice(chunk, this.pos)
        out += this.parseEscape()
        chunk = this.pos
        continue
      }
      this.pos++
    }
  }

  private parseEscape(): string {
    const at = this.pos
    const c = this.text[this.pos + 1]
    this.pos += 2
    switch (c) {
      case '"':
        return '"'
      case '\\':
        return '\\'
      case '/':
        return '/'
      case 'b':
        return '\b'
      case 'f':
        return '\f'
      case 'n':
        return '\n'
      case 'r':
        return '\r'
      case 't':
        return '\t'
      case 'u': {
        const hex = this.text.slice(this.pos, this.pos + 4)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxFault('Invalid \\u escape.', at)
        this.pos += 4
        return String.fromCharCode(parseInt(hex, 16))
      }
      default:
        throw new SyntaxFault('Invalid escape sequence in a string.', at)
    }
  }

  private skipSpace(): void {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(this.pos)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        this.pos++
        continue
      }
      if (c === 0x2f /* / */) {
        const next = text.charCodeAt(this.pos + 1)
        if (next === 0x2f || next === 0x2a) {
          throw new SyntaxFault('Comments are not allowed in JSON.', this.pos)
        }
      }
      return
    }
  }

  private describe(offset: number): string {
    if (offset >= this.text.length) return 'the end of the file'
    const cp = this.text.codePointAt(offset) as number
    if (cp < 0x20 || cp === 0x7f)
      return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
    return `'${String.fromCodePoint(cp)}'`
  }
}

function pointerOf(frame: Frame): string {
  const tokens: string[] = []
  for (let f: Frame | null = frame; f?.parent; f = f.parent) tokens.push(f.token)
  return tokens.length === 0 ? '' : `/${tokens.reverse().join('/')}`
}

function numberNode(offset: number, value: number, raw: string): NumberNode {
  return { type: 'number', offset, value, raw }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
