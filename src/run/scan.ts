import type { AnalysisOptions } from '../engine/options.js'
import type { ModelReport } from '../engine/report.js'
import type { Shard } from '../engine/run.js'
import { siblingWeightIndex, type FileContent } from '../io/content.js'
import { reportFor } from './reports.js'
import { inShard } from './shard.js'

export type ReadFiles = (paths: readonly string[]) => Promise<Map<string, FileContent>>

export interface ScanInput {
  /** Candidate config paths (already filtered by the globs). */
  paths: readonly string[]
  read: ReadFiles
  options: AnalysisOptions
  shard: Shard | null
  onProgress?: (done: number, total: number) => void
  /** Receives each report, in path order; the caller writes and keeps what it needs. */
  onReport: (report: ModelReport) => void
}

/** Files are read and analyzed in batches, so memory stays bounded however large the zoo. */
const BATCH = 512

export async function scanConfigs(input: ScanInput): Promise<void> {
  const paths = input.paths.filter((p) => inShard(p, input.shard))
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH)
    const contents = await input.read([...batch, ...batch.map(siblingWeightIndex)])
    for (const path of batch) {
      const weights = contents.get(siblingWeightIndex(path)) ?? null
      input.onReport(
        reportFor(path, contents.get(path) ?? { kind: 'missing' }, weights, input.options)
      )
    }
    input.onProgress?.(Math.min(start + BATCH, paths.length), paths.length)
  }
}
