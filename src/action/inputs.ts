import * as core from '@actions/core'
import type { z } from 'zod'
import {
  ACTION_DEFAULTS,
  ActionInputsSchema,
  describeIssues,
  INPUT_NAMES,
  type ActionInputs
} from '../options.js'

export class InputError extends Error {}

/** Every input as the string the runner passes. */
export type RawInputs = Record<keyof z.input<typeof ActionInputsSchema>, string>

/** The inputs as the runner passes them; an empty one takes the schema's default. */
export function rawInputs(): RawInputs {
  const get = (name: string, fallback: string) => {
    const value = core.getInput(name)
    return value === '' ? fallback : value
  }
  return {
    token: core.getInput('github-token'),
    paths: get('paths', ACTION_DEFAULTS.paths),
    exclude: get('exclude', ACTION_DEFAULTS.exclude),
    contexts: get('context-lengths', ACTION_DEFAULTS.contexts),
    primaryContext: get('primary-context', ACTION_DEFAULTS.primaryContext),
    kvDtype: get('kv-dtype', ACTION_DEFAULTS.kvDtype),
    batch: get('batch-size', ACTION_DEFAULTS.batch),
    failOn: get('fail-on', ACTION_DEFAULTS.failOn),
    maxKvBytesPerToken: get('max-kv-bytes-per-token', ACTION_DEFAULTS.maxKvBytesPerToken),
    maxMemory: get('max-memory', ACTION_DEFAULTS.maxMemory),
    maxIncrease: get('max-increase', ACTION_DEFAULTS.maxIncrease),
    shard: get('shard', ACTION_DEFAULTS.shard),
    comment: get('comment', ACTION_DEFAULTS.comment),
    commentKey: get('comment-key', ACTION_DEFAULTS.commentKey),
    mode: get('mode', ACTION_DEFAULTS.mode),
    reportPath: get('report-path', ACTION_DEFAULTS.reportPath)
  }
}

/** Every input, parsed once by the one schema; a bad value names its input. */
export function parseInputs(raw: RawInputs): ActionInputs {
  const parsed = ActionInputsSchema.safeParse(raw)
  if (!parsed.success) throw new InputError(describeIssues(parsed.error, INPUT_NAMES, 'Input'))
  return parsed.data
}
