import type { ModelChange } from '../engine/changes.js'
import type { AnalysisOptions } from '../engine/options.js'
import { siblingWeightIndex, type FileContent } from '../io/content.js'
import { SYMLINK_MODE, type RawChange } from '../io/git.js'
import type { PathFilter } from '../io/glob.js'
import { reportFor } from './reports.js'

/** One side of a comparison: a commit's files (absent ones read as `missing`). */
export interface Side {
  read(paths: readonly string[]): Promise<Map<string, FileContent>>
}

export type ChangedPath = Pick<RawChange, 'change' | 'path' | 'previousPath'> &
  Partial<Pick<RawChange, 'baseMode' | 'headMode'>>

/**
 * The changed paths a diff reports: those whose new or previous path is a config, and symlinks
 * standing where a folder of configs would be (they are reported, never followed).
 */
export function selectChanges(changes: readonly ChangedPath[], filter: PathFilter): ChangedPath[] {
  const symlinkedFolder = (c: ChangedPath) =>
    (c.headMode === SYMLINK_MODE || c.baseMode === SYMLINK_MODE) &&
    filter.matches(`${c.path}/config.json`)
  return changes.filter(
    (c) =>
      filter.matches(c.path) ||
      (c.previousPath !== null && filter.matches(c.previousPath)) ||
      symlinkedFolder(c)
  )
}

const BATCH = 512

/**
 * Both versions of every changed config, analyzed, in path order: the base at the merge base (at
 * the previous path for renames), the head at the head commit. Added configs have no base,
 * removed ones no head. Files are read in batches and each change is handed to `onChange`, so
 * memory stays bounded however many configs a change touches.
 */
export async function compareConfigs(
  changes: readonly ChangedPath[],
  base: Side,
  head: Side,
  options: AnalysisOptions,
  onChange: (change: ModelChange) => void
): Promise<void> {
  const basePath = (c: ChangedPath) => c.previousPath ?? c.path
  const withSiblings = (paths: string[]) => [...paths, ...paths.map(siblingWeightIndex)]
  const analyze = (files: Map<string, FileContent>, path: string) =>
    reportFor(
      path,
      files.get(path) ?? { kind: 'missing' },
      files.get(siblingWeightIndex(path)) ?? null,
      options
    )
  const sorted = [...changes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (let start = 0; start < sorted.length; start += BATCH) {
    const batch = sorted.slice(start, start + BATCH)
    const baseFiles = await base.read(
      withSiblings(batch.filter((c) => c.change !== 'added').map(basePath))
    )
    const headFiles = await head.read(
      withSiblings(batch.filter((c) => c.change !== 'removed').map((c) => c.path))
    )
    for (const c of batch) {
      onChange({
        path: c.path,
        change: c.change,
        previousPath: c.change === 'renamed' ? c.previousPath : null,
        base:
          c.change === 'added' ? null : { ...analyze(baseFiles, basePath(c)), path: basePath(c) },
        head: c.change === 'removed' ? null : analyze(headFiles, c.path)
      })
    }
  }
}
