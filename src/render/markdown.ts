import { deltaAt, totalAt, totalDelta, type ModelChange } from '../engine/changes.js'
import type { Finding } from '../engine/findings.js'
import { bySeverity, worstSeverity } from '../engine/findings.js'
import { failingPaths, type GateResult } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { ReportOptions, RunReport } from '../engine/run.js'
import { utf8Length } from '../engine/utf8.js'
import { kvChart } from './chart.js'
import { code, encodePath, htmlCode } from './escape.js'
import { formatBytes, formatDelta, formatExact, formatTokens } from './format.js'
import { layoutOf, windowCell, type SourceGroup } from './layers.js'
import { changeRow, compareRows, scanRow, type Row } from './rows.js'
import { commentMarker } from './marker.js'

/** Where links point; without it findings name their line without a link (local previews). */
export interface LinkContext {
  serverUrl: string
  repository: string
  sha: string
}

export interface RenderContext {
  version: string
  links: LinkContext | null
  /** Sticky-comment key and head SHA, for the hidden marker (comments only). */
  marker: { key: string; headSha: string } | null
  /** Where the rest is when rows are cut ("the job summary", "the JSON report"). */
  overflowPointer: string
  /** Size budget in UTF-8 bytes. */
  budget: number
  /** When the report holds only the rows worth showing, the whole run's figures. */
  totals?: Totals
}

/** Figures of a whole run whose report keeps only its most important rows. */
export interface Totals {
  models: number
  invalid: number
  /** Rows left out of the report (beyond those the renderer cuts itself). */
  omitted: number
  /** Summed change at the primary context (diffs). */
  delta: { bytes: bigint; complete: boolean } | null
}

/** GitHub rejects comments over 65,536 characters; bytes ≥ characters, with room to spare. */
export const COMMENT_BUDGET = 65_536 - 2_048
/** The step summary limit is 1 MiB. */
export const SUMMARY_BUDGET = 1024 * 1024 - 16 * 1024

interface Shape {
  rows: number
  details: number
  chart: boolean
}

/**
 * The report as GitHub-flavoured markdown. The same render feeds the PR comment and the job
 * summary; only the size budget differs. Rows are cut least-important first until it fits.
 */
export function renderMarkdown(report: RunReport, ctx: RenderContext): string {
  const rows = rowsOf(report)
  const pieces = new Pieces(report, ctx)
  const render = (shape: Shape) => renderShape(report, rows, shape, ctx, pieces)
  const fits = (shape: Shape) => utf8Length(render(shape)) <= ctx.budget
  const all = rows.length
  for (const shape of [
    { rows: all, details: all, chart: report.kind === 'diff' },
    { rows: all, details: all, chart: false }
  ]) {
    if (fits(shape)) return render(shape)
  }
  // Details go first, then rows, each as many as fit (binary search over cached pieces).
  const details = largest(0, all, (d) => fits({ rows: all, details: d, chart: false }))
  if (details >= 0) return render({ rows: all, details, chart: false })
  const shown = largest(0, all, (n) => fits({ rows: n, details: 0, chart: false }))
  return render({ rows: Math.max(shown, 0), details: 0, chart: false })
}

/** The largest n in [lo, hi] with ok(n), for an ok that holds up to some point; lo − 1 if none. */
function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let best = lo - 1
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (ok(mid)) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

/** Each row's table line and details block, rendered once however many shapes are tried. */
class Pieces {
  private readonly lines = new Map<Row, string>()
  private readonly blocks = new Map<Row, string>()

  constructor(
    private readonly report: RunReport,
    private readonly ctx: RenderContext
  ) {}

  line(row: Row): string {
    let text = this.lines.get(row)
    if (text === undefined) this.lines.set(row, (text = tableLine(this.report, row)))
    return text
  }

  details(row: Row): string {
    let text = this.blocks.get(row)
    if (text === undefined) {
      this.blocks.set(row, (text = details(row, this.report.options, this.ctx).join('\n')))
    }
    return text
  }
}

function rowsOf(report: RunReport): Row[] {
  const failing = failingPaths(report.gate)
  const ctx = report.options.primaryContext
  const rows =
    report.kind === 'scan'
      ? report.models.map((m) => scanRow(m, failing.has(m.path), ctx))
      : report.changes.map((c) => changeRow(c, failing.has(c.path), ctx))
  return rows.sort(compareRows)
}

function renderShape(
  report: RunReport,
  rows: Row[],
  shape: Shape,
  ctx: RenderContext,
  pieces: Pieces
): string {
  const o = report.options
  const out: string[] = []
  if (ctx.marker) out.push(commentMarker(ctx.marker.key, ctx.marker.headSha))
  out.push('## cachespec · KV cache report', '')
  out.push(headline(report, rows, ctx.totals), '')
  if (report.gate.failed) out.push(...gateLines(report.gate), '')

  const shown = rows.slice(0, shape.rows)
  const changed = shown.filter((r) => !r.unchanged)
  const unchanged = shown.filter((r) => r.unchanged)
  // Row lists can be long: appended with a loop, not as call arguments.
  if (changed.length > 0) append(out, table(report, changed, pieces), '')
  if (unchanged.length > 0) {
    out.push(
      `<details><summary>${unchanged.length} config${unchanged.length === 1 ? '' : 's'} changed without changing the KV cache</summary>`,
      ''
    )
    append(out, table(report, unchanged, pieces), '', '</details>', '')
  }
  const cut = rows.length - shown.length + (ctx.totals?.omitted ?? 0)
  if (cut > 0) {
    out.push(
      `_${cut} more model${cut === 1 ? '' : 's'} (the least changed) ${cut === 1 ? 'is' : 'are'} in ${ctx.overflowPointer}._`,
      ''
    )
  }
  for (const row of shown.slice(0, shape.details)) out.push(pieces.details(row), '')
  if (shape.chart && report.kind === 'diff') {
    const chart = kvChart(report.changes, o)
    if (chart.length > 0) out.push(...chart, '')
  }
  out.push(footer(report, ctx))
  return out.join('\n') + '\n'
}

function append(out: string[], lines: readonly string[], ...more: string[]): void {
  for (const line of lines) out.push(line)
  for (const line of more) out.push(line)
}

function headline(report: RunReport, rows: Row[], totals?: Totals): string {
  const o = report.options
  const gateText = report.gate.failed ? `❌ ${failingPaths(report.gate).size} failing` : '✅ passed'
  if (report.kind === 'scan') {
    const count = totals?.models ?? rows.length
    const invalid = totals?.invalid ?? rows.filter((r) => r.model?.status === 'invalid').length
    return `**${count} model config${count === 1 ? '' : 's'}** audited${invalid ? ` · ${invalid} could not be evaluated` : ''} · gate: **${gateText}**`
  }
  const count = totals?.models ?? rows.length
  if (count === 0) {
    return `**No model config differs from the base** at \`${report.head.sha.slice(0, 7)}\` · gate: **${gateText}**`
  }
  const { bytes, complete } = totals?.delta ?? totalDelta(report.changes, o.primaryContext)
  const total = complete
    ? formatDelta({ bytes, percent: null })
    : `${formatDelta({ bytes, percent: null })} (some configs could not be evaluated)`
  return `**${count} model config${count === 1 ? '' : 's'} changed** · KV cache at ${formatTokens(o.primaryContext)} tokens: **${total}** · gate: **${gateText}**`
}

function gateLines(gate: GateResult): string[] {
  const lines = ['**Why the check fails**', '']
  for (const f of gate.failures.slice(0, 20))
    lines.push(`- ${code(f.path)}: ${code(f.reason, { max: 300 })}`)
  if (gate.failures.length > 20) lines.push(`- … and ${gate.failures.length - 20} more`)
  return lines
}

function table(report: RunReport, rows: Row[], pieces: Pieces): string[] {
  const ctx = formatTokens(report.options.primaryContext)
  const diff = report.kind === 'diff'
  const header = [
    'Model',
    'Type',
    'Layers',
    'KV heads',
    'head_dim',
    'Window · pattern',
    'KV / token',
    `Cache @ ${ctx}`
  ]
  if (diff) header.push('Δ vs base')
  header.push('Status')
  const align = header.map((h) =>
    ['Layers', 'KV heads', 'head_dim', 'KV / token'].includes(h) ||
    h.startsWith('Cache') ||
    h.startsWith('Δ')
      ? '--:'
      : h === 'Status'
        ? ':-:'
        : '---'
  )
  const lines = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`]
  for (const row of rows) lines.push(pieces.line(row))
  return lines
}

function tableLine(report: RunReport, row: Row): string {
  const model = row.model ?? row.base
  const spec = model?.spec ?? null
  const cells = [
    modelCell(row),
    model?.modelType ? code(model.modelType, { table: true, max: 40 }) : '—',
    spec ? String(spec.numLayers) : '—',
    spec && model ? rangeCell(layoutOf(model).kvHeads, spec.kvHeads) : '—',
    spec && model ? rangeCell(layoutOf(model).headDim, spec.headDim) : '—',
    spec ? windowCell(spec) : '—',
    model?.memory?.kvBytesPerToken != null ? formatBytes(model.memory.kvBytesPerToken) : '—',
    cacheCell(model, report.options.primaryContext)
  ]
  if (report.kind === 'diff') cells.push(deltaCell(row, report.options))
  cells.push(statusCell(row))
  return `| ${cells.join(' | ')} |`
}

function modelCell(row: Row): string {
  const path = code(row.path, { table: true })
  const c = row.change
  if (!c) return path
  if (c.change === 'renamed' && c.previousPath)
    return `${path} ← ${code(c.previousPath, { table: true })}`
  if (c.change === 'added') return `${path} (new)`
  if (c.change === 'removed') return `~~${path}~~ (removed)`
  return path
}

/** Per-layer values that vary (OpenELM, Gemma 4) show as a range. */
function rangeCell(range: [number, number] | null, headline: number): string {
  if (!range) return String(headline)
  return range[0] === range[1] ? String(range[1]) : `${range[0]}–${range[1]}`
}

function cacheCell(model: ModelReport | null, context: number): string {
  const total = totalAt(model, context)
  return total === null ? '—' : formatBytes(total)
}

function deltaCell(row: Row, o: ReportOptions): string {
  const c = row.change as ModelChange
  if (c.change === 'added') return 'new'
  if (c.change === 'removed') {
    const base = totalAt(c.base, o.primaryContext)
    return base === null ? 'removed' : `removed (was ${formatBytes(base)})`
  }
  const delta = deltaAt(c, o.primaryContext)
  return delta ? formatDelta(delta) : '—'
}

function statusCell(row: Row): string {
  const model = row.change?.change === 'removed' ? null : row.model
  if (!model) return '—'
  if (row.failing || model.status === 'invalid') return '❌'
  return worstSeverity(model.findings) === 'warning' ? '⚠️' : '✅'
}

function details(row: Row, o: ReportOptions, ctx: RenderContext): string[] {
  const model = row.model ?? row.base
  const out = [
    `<details><summary>${htmlCode(row.path, 80)}: layers, sources and memory</summary>`,
    ''
  ]
  const c = row.change
  if (c?.change === 'renamed' && c.previousPath)
    out.push(`Renamed from ${code(c.previousPath)}.`, '')
  if (c?.change === 'removed')
    out.push('Removed in this change; the figures are the base version.', '')
  const spec = model?.spec
  if (spec && model) {
    const layout = layoutOf(model)
    out.push(`**Layers** (${spec.numLayers}): ${code(layout.compact, { max: 600 })}`, '')
    out.push('**Decided by**', '')
    for (const line of provenance(layout.sources)) out.push(`- ${line}`)
    out.push('')
  }
  out.push(...memoryTable(row, o), '')
  const findings = [...(row.model?.findings ?? [])].sort(bySeverity)
  if (findings.length > 0) {
    out.push('**Findings**', '')
    const shownFindings = findings.slice(0, 25)
    for (const f of shownFindings) out.push(`- ${findingLine(f, row.path, ctx)}`)
    if (findings.length > shownFindings.length)
      out.push(`- … and ${findings.length - shownFindings.length} more`)
    out.push('')
  }
  out.push('</details>')
  return out
}

function provenance(groups: readonly SourceGroup[]): string[] {
  const lines = groups.slice(0, 8).map((g) => {
    const kinds = g.kinds.map(([k, n]) => `${n} ${k}`).join(', ')
    return `tier ${g.tier} (${TIER_WORDS[g.tier]}): ${code(g.source, { max: 160 })} — ${g.count} layer${g.count === 1 ? '' : 's'} (${kinds})`
  })
  return groups.length > 8 ? [...lines, '… more sources'] : lines
}

const TIER_WORDS: Record<number, string> = {
  1: 'declared in the config',
  2: 'checkpoint weights',
  3: 'model-type default'
}

function memoryTable(row: Row, o: ReportOptions): string[] {
  const head = row.change?.change === 'removed' ? null : row.model
  const base = row.change ? row.base : null
  const m = (head ?? base)?.memory
  const lines: string[] = []
  if (m) {
    lines.push(
      `KV cache per token: **${formatExact(m.kvBytesPerToken ?? 0)} B** · recurrent state per sequence: **${formatExact(m.stateBytes ?? 0)} B** · ${m.kvDtype} (${m.bytesPerElement} B/element) · batch ${o.batch}`,
      ''
    )
  }
  const withBase = row.change !== null && base !== null && head !== null
  lines.push(withBase ? '| Context | Base | Head | Δ |' : '| Context | KV cache | State | Total |')
  lines.push(withBase ? '|--:|--:|--:|--:|' : '|--:|--:|--:|--:|')
  for (const context of o.contexts) {
    const key = String(context)
    if (withBase) {
      const b = totalAt(base, context)
      const h = totalAt(head, context)
      const d = b !== null && h !== null ? h - b : null
      lines.push(
        `| ${formatExact(context)} | ${exact(b)} | ${exact(h)} | ${d === null ? '—' : formatDelta({ bytes: d, percent: b ? (Number(d) / Number(b)) * 100 : null })} |`
      )
    } else {
      const at = (head ?? base)?.memory?.at[key]
      lines.push(
        `| ${formatExact(context)} | ${exact(at?.kv)} | ${exact(at?.state)} | ${exact(at?.total)} |`
      )
    }
  }
  return lines
}

function exact(v: bigint | number | null | undefined): string {
  if (v === null || v === undefined) return '—'
  return `${formatBytes(v)} (${formatExact(v)} B)`
}

const SEVERITY_ICONS: Record<Finding['severity'], string> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️'
}

function findingLine(f: Finding, path: string, ctx: RenderContext): string {
  const where = ctx.links
    ? `[line ${f.line}](${ctx.links.serverUrl}/${ctx.links.repository}/blob/${ctx.links.sha}/${linkPath(path)}#L${f.line})`
    : `line ${f.line}`
  return `${SEVERITY_ICONS[f.severity]} ${f.severity} ${code(f.code, { max: 40 })} at ${where}: ${code(f.message, { max: 400 })}`
}

/** encodePath leaves parentheses, which would end a markdown link destination. */
function linkPath(path: string): string {
  return encodePath(path).replace(/\(/g, '%28').replace(/\)/g, '%29')
}

function footer(report: RunReport, ctx: RenderContext): string {
  const o = report.options
  const parts = [
    `cachespec ${ctx.version}`,
    `kv-dtype ${o.kvDtype}`,
    `batch ${o.batch}`,
    `contexts ${o.contexts.map(formatTokens).join(', ')}`
  ]
  if (report.kind === 'diff')
    parts.push(`base ${shortSha(report.base.sha)}`, `head ${shortSha(report.head.sha)}`)
  if (report.kind === 'scan' && report.shard)
    parts.push(`shard ${report.shard.index}/${report.shard.count}`)
  return `<sub>${parts.join(' · ')} · cache figures include recurrent state</sub>`
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : code(sha, { max: 40 })
}
