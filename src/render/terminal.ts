import { elementTypeNamed } from '../engine/cache/dtype.js'
import { CACHE_KINDS } from '../engine/cache/kinds.js'
import { deltaAt, totalAt } from '../engine/changes.js'
import { bySeverity, type Finding } from '../engine/findings.js'
import { failingPaths } from '../engine/gate.js'
import type { ModelReport } from '../engine/report.js'
import type { DiffReport, RunReport, ScanReport } from '../engine/run.js'
import { capped } from './escape.js'
import { formatBytes, formatDelta, formatExact, formatTokens } from './format.js'
import { compactLayers, windowCell } from './layers.js'

/** Plain-text tables for a terminal. Every config-derived string goes through `visible`. */
function grid(header: string[], rows: string[][], right: Set<number>): string[] {
  const width = (s: string) => {
    let n = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c < 0xdc00 || c > 0xdfff) n++
    }
    return n
  }
  const widths = header.map((h) => width(h))
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i], width(c))))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - width(c))
        return right.has(i) ? pad + c : c + pad
      })
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}

function clip(s: string, max = 60): string {
  return capped(s, max)
}

function status(m: ModelReport | null, failing: Set<string>): string {
  if (!m) return '-'
  if (m.status === 'invalid' || failing.has(m.path)) return 'FAIL'
  return m.findings.some((f) => f.severity === 'warning') ? 'warn' : 'ok'
}

export function renderTerminal(report: RunReport): string {
  const { gate } = report
  const lines = report.kind === 'scan' ? scanLines(report) : diffLines(report)
  const findings =
    report.kind === 'scan'
      ? report.models.flatMap((m) => m.findings.map((f) => ({ path: m.path, f })))
      : report.changes.flatMap((c) => (c.head?.findings ?? []).map((f) => ({ path: c.path, f })))
  if (findings.length > 0) {
    lines.push('', 'Findings:')
    for (const { path, f } of findings.sort((a, b) => bySeverity(a.f, b.f)))
      lines.push(`  ${findingText(path, f)}`)
  }
  lines.push('', gate.failed ? `Gate: FAILED (${gate.failures.length})` : 'Gate: passed')
  for (const f of gate.failures) lines.push(`  ${clip(f.path, 120)}: ${clip(f.reason, 240)}`)
  return lines.join('\n') + '\n'
}

export function findingText(path: string, f: Finding): string {
  return `${clip(path, 120)}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${clip(f.message, 400)}`
}

function scanLines(report: ScanReport): string[] {
  const failing = failingPaths(report.gate)
  const header = [
    'MODEL',
    'TYPE',
    'LAYERS',
    'KV HEADS',
    'HEAD_DIM',
    'WINDOW · PATTERN',
    'KV/TOKEN',
    ...report.options.contexts.map((c) => `@${formatTokens(c)}`),
    'STATUS'
  ]
  const rows = report.models.map((m) => [
    clip(m.path),
    clip(m.modelType ?? '-', 24),
    m.spec ? String(m.spec.numLayers) : '-',
    m.spec ? String(m.spec.kvHeads) : '-',
    m.spec ? String(m.spec.headDim) : '-',
    m.spec ? windowCell(m.spec) : '-',
    m.memory?.kvBytesPerToken != null ? formatBytes(m.memory.kvBytesPerToken) : '-',
    ...report.options.contexts.map((c) => {
      const t = totalAt(m, c)
      return t === null ? '-' : formatBytes(t)
    }),
    status(m, failing)
  ])
  const right = new Set([2, 3, 4, 6, ...report.options.contexts.map((_, i) => 7 + i)])
  return grid(header, rows, right)
}

function diffLines(report: DiffReport): string[] {
  const failing = failingPaths(report.gate)
  const ctx = report.options.primaryContext
  const header = [
    'MODEL',
    'CHANGE',
    'KV/TOKEN',
    `BASE @${formatTokens(ctx)}`,
    `HEAD @${formatTokens(ctx)}`,
    'DELTA',
    'STATUS'
  ]
  const rows = report.changes.map((c) => {
    const base = totalAt(c.base, ctx)
    const head = totalAt(c.head, ctx)
    const delta = deltaAt(c, ctx)
    return [
      c.previousPath && c.change === 'renamed'
        ? `${clip(c.path)} <- ${clip(c.previousPath)}`
        : clip(c.path),
      c.change,
      c.head?.memory?.kvBytesPerToken != null ? formatBytes(c.head.memory.kvBytesPerToken) : '-',
      base === null ? '-' : formatBytes(base),
      head === null ? '-' : formatBytes(head),
      delta
        ? formatDelta(delta)
        : c.change === 'added'
          ? 'new'
          : c.change === 'removed'
            ? 'removed'
            : '-',
      c.change === 'removed' ? '-' : status(c.head, failing)
    ]
  })
  const lines = [
    `base ${report.base.rev} (${report.base.sha.slice(0, 12)})  head ${report.head.rev} (${report.head.sha.slice(0, 12)})`,
    ''
  ]
  if (rows.length === 0) return [...lines, 'No model config changed.']
  return [...lines, ...grid(header, rows, new Set([2, 3, 4, 5]))]
}

/** `cachespec explain`: every layer with its kind, dimensions, bytes, and the tier and key behind it. */
export function renderExplain(model: ModelReport): string {
  const out = [`${clip(model.path, 200)}  (${clip(model.modelType ?? 'no model_type', 40)})`, '']
  const spec = model.spec
  if (spec) {
    const type = model.memory ? elementTypeNamed(model.memory.kvDtype) : undefined
    out.push(
      `layers ${spec.numLayers} · kv heads ${spec.kvHeads} · head_dim ${spec.headDim} · window ${spec.slidingWindow ?? '-'} · chunk ${spec.attentionChunk ?? '-'} · ${spec.pattern}`
    )
    out.push(`pattern: ${compactLayers(spec.layers, 64)}`, '')
    const rows = spec.layers.map((l) => [
      String(l.index),
      l.kind,
      String(l.kvHeads),
      String(l.headDim),
      l.window === null ? '-' : String(l.window),
      type ? formatExact(CACHE_KINDS[l.kind].bytesPerToken(l, type)) : '-',
      String(l.tier),
      clip(l.source, 100)
    ])
    const table = grid(
      ['LAYER', 'KIND', 'KV HEADS', 'HEAD_DIM', 'WINDOW', 'BYTES/TOKEN', 'TIER', 'SOURCE'],
      rows,
      new Set([0, 2, 3, 4, 5])
    )
    // A row per layer: appended with a loop, not as (possibly 100,000) call arguments.
    for (const line of table) out.push(line)
    out.push(
      '',
      'Tiers: 1 = declared in the config, 2 = checkpoint weight names, 3 = model-type default.'
    )
  }
  if (model.memory) {
    const m = model.memory
    out.push(
      '',
      `KV cache per token ${formatExact(m.kvBytesPerToken ?? 0)} B (${m.kvDtype}, ${m.bytesPerElement} B/element) · state per sequence ${formatExact(m.stateBytes ?? 0)} B`
    )
    for (const [ctx, at] of Object.entries(m.at)) {
      out.push(
        `  @${formatTokens(Number(ctx))}: kv ${formatExact(at.kv ?? 0)} B + state ${formatExact(at.state ?? 0)} B = ${at.total === null ? 'overflow' : `${formatExact(at.total)} B (${formatBytes(at.total)})`}`
      )
    }
  }
  if (model.findings.length > 0) {
    out.push('', 'Findings:')
    for (const f of [...model.findings].sort(bySeverity))
      out.push(`  ${findingText(model.path, f)}`)
  }
  return out.join('\n') + '\n'
}
