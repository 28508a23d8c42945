import type { ModelChange } from '../engine/changes.js'
import type { AnalysisOptions } from '../engine/options.js'
import { siblingWeightIndex, type FileContent } from '../io/content.js'
import type { RawChange } from '../io/git.js'
import type { PathFilter } from '../io/glob.js'
import { reportFor } from './reports.js'

/** One side of a comparison: a commit's files (absent ones read as `missing`). */
export interface Side {
  read(paths: readonly string[]): Promise<Map<string, FileContent>>
}

export type ChangedPath = Pick<RawChange, 'change' | 'path' | 'previousPath'>

/** The changed paths a diff reports: those whose new or previous path is a config. */
export function selectChanges(changes: readonly ChangedPath[], filter: PathFilter): ChangedPath[] {
  return changes.filter(
    (c) => filter.matches(c.path) || (c.previousPath !== null && filter.matches(c.previousPath))
  )
}

/**
 * Both versions of every changed config, analyzed: the base at the merge base (at the previous
 * path for renames), the head at the head commit. Added configs have no base, removed ones no head.
 */
export async function compareConfigs(
  changes: readonly ChangedPath[],
  base: Side,
  head: Side,
  options: AnalysisOptions
): Promise<ModelChange[]> {
  const basePath = (c: ChangedPath) => c.previousPath ?? c.path
  const withSiblings = (paths: string[]) => [...paths, ...paths.map(siblingWeightIndex)]
  const baseFiles = await base.read(
    withSiblings(changes.filter((c) => c.change !== 'added').map(basePath))
  )
  const headFiles = await head.read(
    withSiblings(changes.filter((c) => c.change !== 'removed').map((c) => c.path))
  )
  const analyze = (files: Map<string, FileContent>, path: string) =>
    reportFor(
      path,
      files.get(path) ?? { kind: 'missing' },
      files.get(siblingWeightIndex(path)) ?? null,
      options
    )
  return changes.map((c) => ({
    path: c.path,
    change: c.change,
    previousPath: c.change === 'renamed' ? c.previousPath : null,
    base: c.change === 'added' ? null : { ...analyze(baseFiles, basePath(c)), path: basePath(c) },
    head: c.change === 'removed' ? null : analyze(headFiles, c.path)
  }))
}
