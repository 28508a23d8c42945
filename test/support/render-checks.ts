import { expect } from 'vitest'
import type { DiffReport, ScanReport } from '../../src/engine/run.js'
import { COMMENT_BUDGET, SUMMARY_BUDGET, type LinkContext } from '../../src/render/markdown.js'
import { HEAD_SHA, hostileDiff, hostileScan, render } from './hostile-reports.js'
import {
  BIDI_CONTROLS,
  codeTexts,
  LONE_SURROGATE,
  NOTIFYING,
  outsideCode,
  tables,
  tagCounts,
  toHtml
} from './markdown-html.js'

export const STATUS_ICONS = ['❌', '⚠️', '✅', '—']

/** The stand-in for a hostile string: the same report shape with a harmless name. */
const BENIGN = 'b'

export interface Rendered {
  markdown: string
  html: string
  /** The same report with BENIGN in place of the hostile string. */
  benign: string
}

function sorted(m: Map<string, number>): [string, number][] {
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))
}

/**
 * Everything that must hold for any string `s` in a path, model type, layer source and finding
 * message, for a scan summary and for a PR comment (and with finding links when `links`):
 * every table row keeps its cells and its status; the HTML has exactly the elements of the same
 * report with a harmless string (so no element, comment or <details> came from `s`); outside
 * <code> the HTML is identical to that report's (so nothing of `s` is there, let alone an
 * @mention, #123 or URL); no lone surrogate or bidi control is output raw; the body fits its
 * budget.
 */
export function checkHostile(s: string, links: LinkContext | null = null): Rendered[] {
  const out: Rendered[] = []
  const makers: ((s: string) => ScanReport | DiffReport)[] = [hostileScan, hostileDiff]
  for (const make of makers) {
    const report = make(s)
    const markdown = render(report, links)
    // An empty model type renders as "—" (no code span), so the empty string is its own stand-in.
    const benignMarkdown = render(make(s === '' ? '' : BENIGN), links)
    const html = toHtml(markdown)
    const benign = toHtml(benignMarkdown)
    const where = `${report.kind} of ${JSON.stringify(s.slice(0, 200))}`

    expect(LONE_SURROGATE.test(markdown), `${where}: lone surrogate in the output`).toBe(false)
    expect(BIDI_CONTROLS.test(markdown), `${where}: raw bidi control in the output`).toBe(false)
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(
      report.kind === 'diff' ? COMMENT_BUDGET : SUMMARY_BUDGET
    )

    const got = tables(html)
    const want = tables(benign)
    expect(
      got.map((t) => [t.header.length, t.rows.length]),
      `${where}: table shapes`
    ).toEqual(want.map((t) => [t.header.length, t.rows.length]))
    for (const t of got) {
      for (const row of t.rows)
        expect(row.length, `${where}: a row lost or gained cells`).toBe(t.header.length)
    }
    // The report table: its last column is the status, exactly as for the harmless report.
    const statuses = (t: (typeof got)[number]) => t.rows.map((r) => r[r.length - 1])
    for (const status of statuses(got[0])) expect(STATUS_ICONS).toContain(status)
    expect(statuses(got[0])).toEqual(statuses(want[0]))
    // Model cells: code spans only, each within the 120-character cap.
    for (const row of got[0].rows) {
      for (const text of codeTexts(row[0])) expect([...text].length).toBeLessThanOrEqual(120)
    }

    expect(sorted(tagCounts(html)), `${where}: HTML elements`).toEqual(sorted(tagCounts(benign)))
    const outside = withoutOwnLinks(outsideCode(html), links)
    for (const pattern of NOTIFYING)
      expect(outside, `${where}: ${String(pattern)} outside code`).not.toMatch(pattern)
    expect(outside, `${where}: text outside code`).toBe(withoutOwnLinks(outsideCode(benign), links))
    if (report.kind === 'diff') {
      expect(html.startsWith(`<!-- cachespec:comment key=default head=${HEAD_SHA} -->`)).toBe(true)
    }
    out.push({ markdown, html, benign })
  }
  return out
}

/** Removes the finding links cachespec itself writes (to the file's line at the head commit). */
function withoutOwnLinks(html: string, links: LinkContext | null): string {
  if (!links) return html
  const prefix = `${links.serverUrl}/${links.repository}/blob/${links.sha}/`
  const anchors = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)]
  for (const [, href, text] of anchors) {
    expect(href.startsWith(prefix), `link outside the repository: ${href}`).toBe(true)
    expect(href).toMatch(/#L\d+$/)
    expect(text).toMatch(/^line \d+$/)
  }
  expect((html.match(/<a /g) ?? []).length).toBe(anchors.length)
  return html.replace(/<a href="[^"]*">line \d+<\/a>/g, '')
}

/** The code-span texts of the report table's model cells, row by row. */
export function modelCellTexts(html: string): string[][] {
  return tables(html)[0].rows.map((r) => codeTexts(r[0]))
}
