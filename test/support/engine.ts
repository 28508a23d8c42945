import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeConfig } from '../../src/engine/analyze.js'
import type { LayerKind } from '../../src/engine/cache/kinds.js'
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../src/engine/options.js'
import type { ModelReport } from '../../src/engine/report.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export function fixtureText(relative: string): string {
  return readFileSync(join(FIXTURES, relative), 'utf8')
}

/** Analyzes test/fixtures/<folder>/config.json, with its weight index when `withWeights`. */
export function analyzeFixture(
  folder: string,
  options: Partial<AnalysisOptions> = {},
  withWeights = false
): ModelReport {
  const text = fixtureText(`${folder}/config.json`)
  const weightIndex = withWeights
    ? {
        name: 'model.safetensors.index.json',
        text: fixtureText(`${folder}/model.safetensors.index.json`)
      }
    : null
  return analyzeConfig(
    { path: `${folder}/config.json`, text, weightIndex },
    { ...DEFAULT_OPTIONS, ...options }
  )
}

export function analyzeText(text: string, options: Partial<AnalysisOptions> = {}): ModelReport {
  return analyzeConfig({ path: 'config.json', text }, { ...DEFAULT_OPTIONS, ...options })
}

/** repeat(['sliding', 5], ['full', 1]) → five 'sliding' then one 'full'. */
export function runs(...parts: [LayerKind, number][]): LayerKind[] {
  return parts.flatMap(([kind, n]) => Array<LayerKind>(n).fill(kind))
}

/** `unit` repeated `times` times, then `tail`. */
export function cycle(unit: LayerKind[], times: number, tail: LayerKind[] = []): LayerKind[] {
  return [...Array.from({ length: times }, () => unit).flat(), ...tail]
}

export function kinds(report: ModelReport): LayerKind[] {
  return report.spec?.layers.map((l) => l.kind) ?? []
}

export function codes(report: ModelReport): string[] {
  return report.findings.map((f) => f.code)
}
