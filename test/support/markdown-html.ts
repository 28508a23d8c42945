import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * Markdown → HTML with GitHub-flavoured markdown. `dangerous` keeps raw HTML as HTML (GitHub
 * passes a sanitised subset such as <details>, <summary>, <code>, <sub>), which is what shows
 * whether any raw HTML reached the output; the safe default escapes all of it as text.
 */
export function toHtml(markdown: string, dangerous = true): string {
  return micromark(markdown, {
    allowDangerousHtml: dangerous,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

export interface HtmlTable {
  header: string[]
  rows: string[][]
}

/** Every table in the HTML: the inner HTML of each header and body cell. */
export function tables(html: string): HtmlTable[] {
  const out: HtmlTable[] = []
  for (const [table] of html.matchAll(/<table>[\s\S]*?<\/table>/g)) {
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? ''
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? ''
    const header = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1])
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1])
    )
    out.push({ header, rows })
  }
  return out
}

/** The HTML with every <code>…</code> and <pre>…</pre> element removed. */
export function outsideCode(html: string): string {
  return html.replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '').replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')
}

/** The text of the code spans in a piece of HTML, entities decoded. */
export function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => decodeEntities(m[1]))
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })
}

/** How many times each element opens (and `<!--` for comments): the HTML's structure. */
export function tagCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const m of html.matchAll(/<(!--|[a-zA-Z][a-zA-Z0-9-]*)/g)) {
    const tag = m[1].toLowerCase()
    counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return counts
}

/** Text that GitHub would turn into a mention, an issue reference or a link outside code. */
export const NOTIFYING = [/@\w/, /#\d/, /https?:\/\//i, /www\./i] as const

/** Unpaired UTF-16 surrogates. */
export const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Bidirectional and zero-width controls that must never reach output raw (Trojan Source). */
export const BIDI_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/
