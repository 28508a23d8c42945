/**
 * The one escaping function, proven on whole reports: any string used as a model path, model
 * type, layer source or finding message renders (micromark + GFM) with every table row intact, no
 * HTML element from the string, and no @mention, #123 or URL outside code (checkHostile).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { code, htmlCode } from '../../src/render/escape.js'
import { HEAD_SHA } from '../support/hostile-reports.js'
import {
  codeTexts,
  decodeEntities,
  LONE_SURROGATE,
  tables,
  toHtml
} from '../support/markdown-html.js'
import { checkHostile, modelCellTexts } from '../support/render-checks.js'

/** Pieces that have broken markdown tables, HTML sanitising or mention filters somewhere. */
const TOKENS = [
  '`',
  '``',
  '```',
  '|',
  '\\',
  '\\|',
  '@',
  '@octocat',
  '@org/team',
  '&#64;',
  '&commat;',
  '&amp;',
  '#',
  '#123',
  'GH-1',
  '<',
  '>',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '<details>',
  '</code>',
  '<!--',
  '-->',
  '<!-- cachespec:comment key=default head=abc -->',
  'http://',
  'https://evil.example/x',
  'www.',
  '[x](https://e.example)',
  '![i](x.png)',
  '*',
  '_',
  '~~',
  ':tada:',
  '$',
  ' ',
  '-',
  '+',
  '1.',
  'a',
  'Z',
  '0',
  '/',
  '.',
  'é',
  '😀',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  '\u2028',
  '\ud800',
  '\udc00',
  '::error::',
  '%0A'
]

const RUNS = { numRuns: 150 }

const tokenString = fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 30 })

describe('any string renders safely (property)', () => {
  it('binary strings (any code unit, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        checkHostile(s)
      }),
      RUNS
    )
  })

  it('grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        checkHostile(s)
      }),
      RUNS
    )
  })

  it('strings built from markdown, HTML and mention hazards', () => {
    fc.assert(
      fc.property(tokenString, (s) => {
        checkHostile(s)
      }),
      RUNS
    )
  })

  it('the same with finding links to the repository', () => {
    const links = { serverUrl: 'https://github.com', repository: 'zoo/models', sha: HEAD_SHA }
    fc.assert(
      fc.property(tokenString, (s) => {
        checkHostile(s, links)
      }),
      { numRuns: 60 }
    )
  })
})

/** Printable pieces only: no control, bidi or surrogate characters, which are shown escaped. */
const SHOWN_ESCAPED = new Set([
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  '\u2028',
  '\ud800',
  '\udc00'
])
const PRINTABLE = TOKENS.filter((t) => !SHOWN_ESCAPED.has(t))

/**
 * How a value shows in a table cell: a run of backslashes right before a pipe must be odd for GFM
 * to keep the pipe in the cell, so an odd run gains one backslash (shown) and the escape is eaten.
 */
const inTable = (s: string) =>
  s.replace(/(\\*)\|/g, (_, run: string) => `${run}${run.length % 2 ? '\\' : ''}|`)

describe('a printable string is shown exactly (property)', () => {
  it('in each model cell of the report table', () => {
    const printable = fc
      .string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 12 })
      // Whitespace-only strings are left out: a code span of only spaces keeps its padding.
      .filter((s) => s.trim() !== '' && s.length <= 100)
    fc.assert(
      fc.property(printable, (s) => {
        const [scan, diff] = checkHostile(s)
        expect(modelCellTexts(scan.html)).toEqual([[inTable(s)]])
        // The benign report's cells name 'b', 'b.r', …: the hostile cells must be s, s.r, ….
        const expected = modelCellTexts(diff.benign).map((cells) =>
          cells.map((t) => inTable(s) + t.slice(1))
        )
        expect(modelCellTexts(diff.html)).toEqual(expected)
      }),
      RUNS
    )
  })

  it('in a code span and in the HTML <code> of a <summary>', () => {
    const printable = fc
      .string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 12 })
      .filter((s) => s.trim() !== '' && s.length <= 70)
    fc.assert(
      fc.property(printable, (s) => {
        expect(codeTexts(toHtml(`x ${code(s)} y`))).toEqual([s])
        const md = `| a | b |\n| - | - |\n| ${code(s, { table: true })} | z |\n`
        const [table] = tables(toHtml(md))
        expect(table.rows).toHaveLength(1)
        expect(table.rows[0].map((c) => codeTexts(c))).toEqual([[inTable(s)], []])
        expect(table.rows[0][1]).toBe('z')
        const summary = htmlCode(s, 80)
        expect(decodeEntities(summary.replace(/^<code>|<\/code>$/g, ''))).toBe(s)
        expect(summary.slice(6, -7)).not.toMatch(/[<>"']/)
      }),
      RUNS
    )
  })
})

describe('capping never splits a character', () => {
  it('the 120-character cap leaves no lone surrogate (property)', () => {
    const astral = fc.string({
      unit: fc.constantFrom('😀', '𝔸', 'a', '`', '|'),
      minLength: 100,
      maxLength: 300
    })
    fc.assert(
      fc.property(astral, fc.integer({ min: 2, max: 400 }), (s, max) => {
        expect(LONE_SURROGATE.test(code(s, { max }))).toBe(false)
        expect(LONE_SURROGATE.test(code(s, { table: true, max }))).toBe(false)
        expect(LONE_SURROGATE.test(htmlCode(s, max))).toBe(false)
      }),
      RUNS
    )
  })
})
