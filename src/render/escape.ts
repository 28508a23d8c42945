/**
 * The one escaping function for every value that comes from a config or a file name: it becomes
 * a code span, where GitHub renders no HTML, no @mention, no #reference and no autolink. Control
 * and bidirectional characters are shown as escapes, lone surrogates are replaced, the length is
 * capped, and in table cells the pipe is escaped so a row keeps its cells.
 */
export function code(value: string, options: { table?: boolean; max?: number } = {}): string {
  const max = options.max ?? 120
  let text = capped(value, max)
  if (options.table) {
    // Each pipe after an odd run of backslashes shows one backslash more (see below): cap the
    // value so that what shows still fits.
    const extra = (text.match(/(?<!\\)(?:\\\\)*\\\|/g) ?? []).length
    if (extra > 0) text = capped(value, max - extra)
  }
  if (text.length === 0) return '` `'
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  // A span that starts or ends with a backtick (or a space) needs one space of padding, which
  // the renderer strips again.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : ''
  // GFM tables split on a pipe that an odd number of backslashes does not escape: make every
  // run before a pipe odd, whatever the value brings (one more backslash may show).
  if (options.table) {
    text = text.replace(/(\\*)\|/g, (_, run: string) => `${run}${run.length % 2 ? '\\' : ''}\\|`)
  }
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * The same value for HTML contexts (a `<summary>` line, where markdown is not rendered): a
 * `<code>` element with the text entity-escaped.
 */
export function htmlCode(value: string, max = 120): string {
  const text = capped(value, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<code>${text}</code>`
}

/** The text shortened to `max` UTF-16 units, never inside a surrogate pair. */
export function capped(value: string, max: number): string {
  const text = visible(value)
  if (text.length <= max) return text
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end) + '…'
}

// Control characters are exactly what this pattern exists to find.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Lone surrogates (which no UTF-8 output can carry) become U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd'
  )
}

/** Makes control, zero-width and bidi characters visible as \uXXXX; repairs lone surrogates. */
export function visible(value: string): string {
  return wellFormed(value).replace(
    INVISIBLE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** A path as URL segments, for links to files on GitHub. */
export function encodePath(path: string): string {
  return wellFormed(path).split('/').map(encodeURIComponent).join('/')
}
