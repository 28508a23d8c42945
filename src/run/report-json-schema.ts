import { z } from 'zod'
import { RunReportSchema } from './report-schema.js'

/** The JSON Schema published as schema/report.schema.json (a test keeps the file equal to this). */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/cachespec/cachespec/schema/report.schema.json',
    title: 'cachespec report, schemaVersion 1',
    description:
      "The output of `cachespec scan|diff|merge --format json` and the Action's report-path. Byte counts are exact integers; null where a figure exceeds 2^53 − 1 (with a memory-overflow finding) or could not be computed.",
    ...z.toJSONSchema(RunReportSchema, { target: 'draft-2020-12', reused: 'ref' })
  }
}
