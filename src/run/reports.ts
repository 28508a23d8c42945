import { analyzeConfig, unreadableReport } from '../engine/analyze.js'
import type { AnalysisOptions } from '../engine/options.js'
import type { ModelReport } from '../engine/report.js'
import { MAX_CONFIG_BYTES } from '../engine/options.js'
import { WEIGHT_INDEX_NAME, type FileContent } from '../io/content.js'

/**
 * Turns what was read into a report: only text is analyzed; anything else is a typed finding.
 * A weight index that is absent (or unreadable) simply leaves Tier 2 out.
 */
export function reportFor(
  path: string,
  content: FileContent,
  weightIndex: FileContent | null,
  options: AnalysisOptions
): ModelReport {
  switch (content.kind) {
    case 'text':
      return analyzeConfig(
        {
          path,
          text: content.text,
          byteLength: content.byteLength,
          weightIndex:
            weightIndex?.kind === 'text'
              ? { name: WEIGHT_INDEX_NAME, text: weightIndex.text }
              : null
        },
        options
      )
    case 'symlink':
      return unreadableReport(
        path,
        'symlink',
        'This path is a symlink (or lies in a symlinked folder); it is never followed, so the config cannot be evaluated. Commit the file itself.'
      )
    case 'too-large':
      return unreadableReport(
        path,
        'file-too-large',
        `The file is ${content.byteLength} bytes; model configs are a few KiB, and files over ${MAX_CONFIG_BYTES} bytes are not read.`
      )
    case 'missing':
      return unreadableReport(
        path,
        'missing',
        'The file is listed as changed but is not in the commit.'
      )
    case 'unreadable':
      return unreadableReport(path, 'unreadable', `The file could not be read: ${content.reason}.`)
  }
}
