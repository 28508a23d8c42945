/**
 * Glob patterns against repository-relative paths with `/`: `**` spans folders, `*` and `?` stay
 * within one, `{a,b}` alternates, `[...]` is a character class. A pattern matches the whole path.
 */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let i = 0
  let braces = 0
  while (i < glob.length) {
    const c = glob[i]
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/'
        re += slashAfter ? '(?:.*/)?' : '.*'
        i += slashAfter ? 3 : 2
        continue
      }
      re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\')
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`
        i = end
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&')
    i++
  }
  // `s`: a name may contain a newline, and `**` must still cover it.
  return new RegExp(`^${re}${')'.repeat(braces)}$`, 'su')
}

export class PathFilter {
  private readonly include: RegExp[]
  private readonly exclude: RegExp[]

  constructor(include: readonly string[], exclude: readonly string[] = []) {
    this.include = include.map(globToRegExp)
    this.exclude = exclude.map(globToRegExp)
  }

  matches(path: string): boolean {
    return this.include.some((r) => r.test(path)) && !this.exclude.some((r) => r.test(path))
  }
}

/** Splits a list on newlines and on commas outside `{…}`, dropping blanks. */
export function splitList(value: string): string[] {
  const out: string[] = []
  let current = ''
  let depth = 0
  for (const c of value) {
    if (c === '{') depth++
    if (c === '}') depth = Math.max(0, depth - 1)
    if (c === '\n' || (c === ',' && depth === 0)) {
      out.push(current)
      current = ''
    } else current += c
  }
  out.push(current)
  return out.map((s) => s.trim()).filter((s) => s.length > 0)
}
