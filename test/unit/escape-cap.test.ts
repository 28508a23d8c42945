import { expect, it } from 'vitest'
import { code } from '../../src/render/escape.js'

it('a capped table cell still fits once its escaped pipes show their extra backslash', () => {
  // 60 × "\|" is 120 characters; each pipe after one backslash shows as two backslashes and a
  // pipe, so the value is cut to keep the shown text within 120 characters.
  const cell = code('\\|'.repeat(60), { table: true, max: 120 })
  const body = cell.replace(/^`+ ?| ?`+$/g, '')
  const shown = body.replace(/\\\|/g, '|')
  expect(shown.length).toBeLessThanOrEqual(120)
  expect(shown.endsWith('…')).toBe(true)
})
