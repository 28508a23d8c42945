import { deltaAt, totalAt, type ModelChange } from '../engine/changes.js'
import type { ReportOptions } from '../engine/run.js'
import { formatTokens } from './format.js'

const MAX_CHARTS = 4
const GIB = 1024 ** 3
const MIB = 1024 ** 2

/** Mermaid titles are quoted strings; only plain path characters are kept in them. */
function title(path: string): string {
  const plain = path.replace(/[^A-Za-z0-9 ._/-]/g, '_')
  return plain.length > 60 ? `…${plain.slice(-59)}` : plain
}

/**
 * One Mermaid xychart per changed model (the largest changes first): cache memory against context
 * length, the base as the first line and the head as the second. GitHub renders Mermaid blocks.
 */
export function kvChart(changes: readonly ModelChange[], o: ReportOptions): string[] {
  if (o.contexts.length < 2) return []
  const charted = changes
    .filter((c) => c.change !== 'removed' && totalAt(c.head, o.primaryContext) !== null)
    .map((c) => ({
      c,
      d: deltaAt(c, o.primaryContext)?.bytes ?? totalAt(c.head, o.primaryContext) ?? 0n
    }))
    .filter(({ d }) => d !== 0n)
    .sort((a, b) => (a.d * a.d < b.d * b.d ? 1 : -1))
    .slice(0, MAX_CHARTS)
  if (charted.length === 0) return []
  const out = ['### Cache memory against context length', '']
  for (const { c } of charted) {
    const series = c.change === 'added' || !c.base ? [c.head] : [c.base, c.head]
    const values = series.map((m) => o.contexts.map((ctx) => totalAt(m, ctx) ?? 0n))
    const peak = values.flat().reduce((a, b) => (a > b ? a : b), 0n)
    const [unit, scale] = Number(peak) >= GIB ? ['GiB', GIB] : ['MiB', MIB]
    const fmt = (v: bigint) => (Number(v) / scale).toFixed(3)
    out.push('```mermaid', 'xychart-beta')
    out.push(`    title "${title(c.path)}"`)
    out.push(
      `    x-axis "context (tokens)" [${o.contexts.map((x) => `"${formatTokens(x)}"`).join(', ')}]`
    )
    out.push(`    y-axis "${unit}"`)
    for (const v of values) out.push(`    line [${v.map(fmt).join(', ')}]`)
    out.push('```', '')
    out.push(
      c.change === 'added'
        ? '_New config: one line, the head._'
        : '_First line: base; second line: head._',
      ''
    )
  }
  return out
}
