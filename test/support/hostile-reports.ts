import { analyzeConfig } from '../../src/engine/analyze.js'
import type { ModelChange } from '../../src/engine/changes.js'
import {
  evaluateGate,
  subjectsOfChanges,
  subjectsOfScan,
  type GatePolicy
} from '../../src/engine/gate.js'
import { DEFAULT_OPTIONS } from '../../src/engine/options.js'
import type { ModelReport } from '../../src/engine/report.js'
import type { DiffReport, ReportOptions, ScanReport } from '../../src/engine/run.js'
import {
  COMMENT_BUDGET,
  renderMarkdown,
  SUMMARY_BUDGET,
  type LinkContext
} from '../../src/render/markdown.js'
import { fixtureText } from './engine.js'

export const OPTIONS: ReportOptions = {
  contexts: [...DEFAULT_OPTIONS.contexts],
  kvDtype: DEFAULT_OPTIONS.kvDtype,
  batch: DEFAULT_OPTIONS.batch,
  primaryContext: 32768
}

export const BASE_SHA = 'a'.repeat(40)
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567'

export function policy(p: Partial<GatePolicy> = {}): GatePolicy {
  return {
    failOn: 'error',
    maxKvBytesPerToken: null,
    maxMemory: [],
    maxIncreasePercent: null,
    primaryContext: 32768,
    ...p
  }
}

/**
 * Gemma 3 27B with one key written twice: the real engine gives 62 layers from a Tier 3 rule, a
 * duplicate-key warning and a head-dim notice, so paths, types, sources and messages all render.
 */
export const GEMMA: ModelReport = analyzeConfig(
  {
    path: 'models/gemma/config.json',
    text: fixtureText('corpus/google--gemma-3-27b-it/config.json').replace(
      '"sliding_window": 1024',
      '"sliding_window": 1024,\n    "sliding_window": 1024'
    )
  },
  DEFAULT_OPTIONS
)

/** Llama 3.1 8B: 32 full-attention layers, no findings. */
export const LLAMA: ModelReport = analyzeConfig(
  {
    path: 'models/llama/config.json',
    text: fixtureText('corpus/meta-llama--Llama-3.1-8B-Instruct/config.json')
  },
  DEFAULT_OPTIONS
)

/** The same report with `s` as its path, model type, every layer's source and every finding's message. */
export function withStrings(m: ModelReport, s: string, path = s): ModelReport {
  return {
    ...m,
    path,
    modelType: s,
    spec: m.spec && { ...m.spec, layers: m.spec.layers.map((l) => ({ ...l, source: s })) },
    findings: m.findings.map((f) => ({ ...f, message: s }))
  }
}

/** A scan of one hostile model that fails the gate (fail-on warning), so the gate lines render too. */
export function hostileScan(s: string): ScanReport {
  const models = [withStrings(GEMMA, s)]
  const gate = evaluateGate(subjectsOfScan(models), policy({ failOn: 'warning' }))
  return { schemaVersion: 1, kind: 'scan', options: OPTIONS, shard: null, models, gate }
}

/** One change of each kind, every path derived from `s`. Row order does not depend on `s`. */
export function hostileChanges(s: string): ModelChange[] {
  return [
    {
      path: s,
      change: 'modified',
      previousPath: null,
      base: withStrings(LLAMA, s),
      head: withStrings(GEMMA, s)
    },
    {
      path: `${s}.r`,
      change: 'renamed',
      previousPath: s,
      base: withStrings(GEMMA, s),
      head: withStrings(LLAMA, s, `${s}.r`)
    },
    {
      path: `${s}.a`,
      change: 'added',
      previousPath: null,
      base: null,
      head: withStrings(GEMMA, s, `${s}.a`)
    },
    {
      path: `${s}.d`,
      change: 'removed',
      previousPath: null,
      base: withStrings(LLAMA, s, `${s}.d`),
      head: null
    }
  ]
}

export function diffReport(
  changes: ModelChange[],
  p: Partial<GatePolicy> = { failOn: 'warning' }
): DiffReport {
  const gate = evaluateGate(subjectsOfChanges(changes), policy(p))
  return {
    schemaVersion: 1,
    kind: 'diff',
    options: OPTIONS,
    base: { rev: 'main', sha: BASE_SHA },
    head: { rev: 'feature', sha: HEAD_SHA },
    changes,
    gate
  }
}

export function hostileDiff(s: string): DiffReport {
  return diffReport(hostileChanges(s))
}

/** Renders as the Action does: a diff as the PR comment (marker, comment budget), a scan as the summary. */
export function render(report: ScanReport | DiffReport, links: LinkContext | null = null): string {
  const diff = report.kind === 'diff'
  return renderMarkdown(report, {
    version: '0.0.0-test',
    links,
    marker: diff ? { key: 'default', headSha: report.head.sha } : null,
    overflowPointer: diff ? 'the job summary' : 'the JSON report',
    budget: diff ? COMMENT_BUDGET : SUMMARY_BUDGET
  })
}
