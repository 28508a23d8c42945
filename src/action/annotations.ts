import * as core from '@actions/core'
import { ANNOTATIONS_PER_LEVEL, type FindingDigest } from '../run/collector.js'
import { bySeverity } from '../engine/findings.js'
import { visible } from '../render/escape.js'

const EMIT = { error: core.error, warning: core.warning, notice: core.notice } as const

/**
 * Findings become annotations on the config's file and line, most severe first. GitHub shows at
 * most ANNOTATIONS_PER_LEVEL (10) per level and step, so a level with more gets 9 and one
 * annotation counting the rest.
 */
export function annotate(digest: FindingDigest): void {
  const sorted = [...digest.shown].sort(
    (a, b) => bySeverity(a.finding, b.finding) || (a.path < b.path ? -1 : 1)
  )
  for (const level of ['error', 'warning', 'notice'] as const) {
    const at = sorted.filter((f) => f.finding.severity === level)
    const total = digest.counts[level]
    const room = total > ANNOTATIONS_PER_LEVEL ? ANNOTATIONS_PER_LEVEL - 1 : at.length
    for (const { path, finding } of at.slice(0, room)) {
      EMIT[level](visible(`${finding.code}: ${finding.message}`), {
        title: `cachespec ${finding.code}`,
        file: path,
        startLine: finding.line,
        startColumn: finding.column
      })
    }
    if (total > room) {
      EMIT[level](
        `${total - room} more ${level} findings from cachespec; the job summary and the JSON report list them all.`,
        {
          title: 'cachespec'
        }
      )
    }
  }
}
