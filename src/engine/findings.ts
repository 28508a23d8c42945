export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

export interface Finding {
  severity: Severity
  /** Stable identifier, documented in the README; safe to match on in scripts. */
  code: string
  message: string
  /** RFC 6901 pointer into the config ("" for the whole file). */
  pointer: string
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units like editors and GitHub annotations. */
  column: number
}

/** A finding before its offset is turned into a line and column. */
export interface RawFinding {
  severity: Severity
  code: string
  message: string
  pointer: string
  offset: number
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null
  for (const f of findings) {
    if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity
  }
  return worst
}

export function bySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.line - b.line || a.column - b.column
  )
}

/**
 * A value from the config, shortened for a message: keys, type names and number literals can be
 * arbitrarily long in a hostile file, and a finding must stay a readable line.
 */
export function clipText(value: string, max = 100): string {
  if (value.length <= max) return value
  let end = max - 1
  const last = value.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${value.slice(0, end)}…`
}
