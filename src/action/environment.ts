import * as github from '@actions/github'

/** What the runner tells the Action about this run, read once. */
export interface Environment {
  eventName: string
  payload: Record<string, unknown>
  owner: string
  repo: string
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha: string
  serverUrl: string
  apiUrl: string
  graphqlUrl: string
  workspace: string | null
  /** Timing knobs; the defaults suit GitHub, the test suite shortens them. */
  requestTimeoutMs: number
  retryAfterBaseMs: number
  writeSpacingMs: number | null
}

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const { context } = github
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return {
    eventName: context.eventName,
    payload: context.payload,
    owner,
    repo,
    sha: context.sha,
    serverUrl: context.serverUrl,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    workspace: env.GITHUB_WORKSPACE ?? null,
    requestTimeoutMs: positive(env.CACHESPEC_REQUEST_TIMEOUT_MS, 30_000),
    retryAfterBaseMs: positive(env.CACHESPEC_RETRY_BASE_MS, 1000),
    writeSpacingMs:
      env.CACHESPEC_WRITE_SPACING_MS === undefined
        ? null
        : positive(env.CACHESPEC_WRITE_SPACING_MS, 1000)
  }
}
