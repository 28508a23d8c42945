import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_DEFAULTS, INPUT_NAMES } from '../../src/options.js'
import { VERSION } from '../../src/version.js'
import { ROOT } from '../support/action-harness.js'

interface ActionYml {
  runs: { using: string; main: string }
  inputs: Record<string, { default?: string; description: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

describe('action.yml', () => {
  it('runs the bundle on the runtime GitHub ships', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares every input the schema parses, with the schema defaults', () => {
    const byInput = Object.fromEntries(
      Object.entries(INPUT_NAMES).map(([key, input]) => [input, key])
    )
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT_NAMES).sort())
    for (const [input, spec] of Object.entries(action.inputs)) {
      const key = byInput[input] as keyof typeof ACTION_DEFAULTS | 'token'
      if (key === 'token') expect(spec.default).toBe('${{ github.token }}')
      else expect(spec.default ?? '', input).toBe(ACTION_DEFAULTS[key])
    }
  })

  it('declares the outputs the Action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['changed-models', 'comment-id', 'failed', 'kv-delta-bytes', 'report-path'].sort()
    )
  })

  it('has the version package.json has', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})

interface Workflow {
  permissions?: unknown
  on: unknown
  jobs: Record<
    string,
    {
      permissions?: unknown
      steps: { uses?: string; run?: string; with?: Record<string, unknown> }[]
    }
  >
}

/** The pwn-request and token hygiene rules actionlint does not check (reliability.md T1, T4, T5). */
describe('workflow policy', () => {
  const dir = join(ROOT, '.github', 'workflows')
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))

  it('has the ci, check-dist and self-test workflows', () => {
    expect(files.sort()).toEqual(['check-dist.yml', 'ci.yml', 'self-test.yml'])
  })

  for (const file of files) {
    const wf = parse(readFileSync(join(dir, file), 'utf8')) as Workflow
    it(`${file}: a minimal top-level permissions block`, () => {
      expect(wf.permissions).toEqual({ contents: 'read' })
    })
    it(`${file}: checkouts keep no credentials, and no event text reaches a shell`, () => {
      const triggers = JSON.stringify(wf.on)
      expect(triggers).not.toMatch(/pull_request_target|workflow_run/)
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) {
          if (step.uses?.startsWith('actions/checkout'))
            expect(step.with?.['persist-credentials']).toBe(false)
          expect(step.run ?? '').not.toMatch(/\$\{\{\s*(github\.event|inputs)\./)
        }
      }
    })
  }
})
