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
  const raw = Object.fromEntries(
    Object.entries(INPUT_NAMES).map(([key, input]) => {
      const value = core.getInput(input)
      const fallback = key === 'token' ? '' : ACTION_DEFAULTS[key as keyof typeof ACTION_DEFAULTS]
      return [key, value === '' ? fallback : value]
    })
  )
  return raw as RawInputs
}

/** Every input, parsed once by the one schema; a bad value names its input. */
export function parseInputs(raw: RawInputs): ActionInputs {
  const parsed = ActionInputsSchema.safeParse(raw)
  if (!parsed.success) throw new InputError(describeIssues(parsed.error, INPUT_NAMES, 'Input'))
  return parsed.data
}
