import * as core from '@actions/core'
import { bySeverity, type Finding } from '../engine/findings.js'
import { visible } from '../render/escape.js'

export interface LocatedFinding {
  path: string
  finding: Finding
}

/** GitHub shows at most 10 annotations per level and step; the rest are counted in one more. */
export const ANNOTATIONS_PER_LEVEL = 10

const EMIT = { error: core.error, warning: core.warning, notice: core.notice } as const

/** Findings become annotations on the config's file and line, most severe first. */
export function annotate(findings: readonly LocatedFinding[]): void {
  const sorted = [...findings].sort(
    (a, b) => bySeverity(a.finding, b.finding) || (a.path < b.path ? -1 : 1)
  )
  for (const level of ['error', 'warning', 'notice'] as const) {
    const at = sorted.filter((f) => f.finding.severity === level)
    const room = at.length > ANNOTATIONS_PER_LEVEL ? ANNOTATIONS_PER_LEVEL - 1 : at.length
    for (const { path, finding } of at.slice(0, room)) {
      EMIT[level](visible(`${finding.code}: ${finding.message}`), {
        title: `cachespec ${finding.code}`,
        file: path,
        startLine: finding.line,
        startColumn: finding.column
      })
    }
    if (at.length > room) {
      EMIT[level](
        `${at.length - room} more ${level} findings from cachespec; the job summary lists them all.`,
        {
          title: 'cachespec'
        }
      )
    }
  }
}
