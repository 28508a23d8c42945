import type { ScanReport } from '../engine/run.js'
import { ScanReportSchema } from '../run/report-schema.js'
import { UsageError } from './args.js'

/** A shard report written by `cachespec scan --format json`, validated before it is trusted. */
export function parseReportFile(text: string, name: string): ScanReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(`${name} is not JSON`)
  }
  const parsed = ScanReportSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new UsageError(
      `${name} is not a cachespec scan report (${first.path.join('.') || 'root'}: ${first.message})`
    )
  }
  return parsed.data
}
