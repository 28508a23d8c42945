import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import { ROOT } from './action-harness.js'
import { FIXTURES } from './engine.js'

/** The built CLI, exactly as `npx cachespec` runs it. */
export const CLI = join(ROOT, 'dist', 'cli.js')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `node dist/cli.js …` in a subprocess (stdio are pipes, so stderr is not a terminal). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...cleanEnv(), ...options.env }
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** No GitHub variables from the host leak into links or repositories. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GITHUB_') && !k.startsWith('GIT_') && !k.startsWith('RUNNER_')) env[k] = v
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
}

/** Parses a CLI's stdout as JSON, with the output in the error when it is not. */
export function parseJsonOutput<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T
  } catch {
    throw new Error(
      `stdout is not JSON (exit ${result.status}):\n${result.stdout.slice(0, 2000)}\n${result.stderr}`
    )
  }
}

/** A temp folder the test fills with files; `remove()` in afterAll. */
export class TempDir {
  readonly dir: string

  constructor(prefix = 'cachespec-cli-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix))
  }

  write(path: string, content: string | Buffer): string {
    const full = join(this.dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
    return full
  }

  /** Copies test/fixtures/<fixture> (a folder) to <path>. */
  copyFixture(fixture: string, path: string): void {
    cpSync(join(FIXTURES, fixture), join(this.dir, path), { recursive: true })
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts)
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** The committed JSON Schema of the reports. */
export function committedSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as Record<
    string,
    unknown
  >
}

/**
 * Validators for a whole report and for one model report (what `explain --format json` prints),
 * compiled from a schema (the committed file or the one `cachespec schema` prints).
 */
export function reportValidators(schema: Record<string, unknown>): {
  report: ValidateFunction
  model: ValidateFunction
} {
  // strictTypes is ajv's own lint (zod writes `minimum` beside a `$ref` to an integer type, which is
  // valid JSON Schema); every other strict check (unknown keywords, formats) stays on.
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true })
  formatsModule.default(ajv)
  ajv.addSchema(schema)
  const id = schema.$id as string
  const report = ajv.getSchema(id)
  if (!report) throw new Error('schema did not compile')
  // The model report is the item type of a scan report's `models`.
  const scan = (schema.oneOf as Record<string, unknown>[]).find((s) => {
    const kind = (s.properties as Record<string, { const?: string }>).kind
    return kind.const === 'scan'
  })
  const models = (scan?.properties as Record<string, Record<string, unknown>> | undefined)?.models
  const items = models?.items as Record<string, unknown> | undefined
  const model = ajv.compile(items?.$ref ? { $ref: `${id}${items.$ref as string}` } : (items ?? {}))
  return { report, model }
}

/** ajv's errors as one readable string, for assertion messages. */
export function schemaErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')
}
