import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck'
import type { Octokit as Core } from '@octokit/core'
import type { OctokitOptions } from '@octokit/core/types'

/** What the client reports about waits and give-ups; the Action turns these into log lines. */
export interface ClientLog {
  warning(message: string): void
  debug(message: string): void
}

export interface ClientSettings {
  token: string
  baseUrl: string
  /** GitHub Enterprise serves GraphQL elsewhere than under the REST base URL. */
  graphqlUrl: string
  userAgent: string
  /** Per attempt, so a hung socket cannot stall the job. */
  requestTimeoutMs: number
  /** Rate-limit waits longer than this are not worth it: the comment is given up, the gate stays. */
  maxRateLimitWaitSeconds: number
  /** Milliseconds per second of `retry-after`; below 1000 only in tests. */
  retryAfterBaseMs: number
  /** Spacing of mutating and GraphQL requests (GitHub asks for ≥ 1 s); null keeps the plugin's. */
  writeSpacingMs: number | null
  log: ClientLog
}

/**
 * Aborts each attempt (not the whole retried call) after the timeout; it runs innermost. The
 * signal goes on the options object itself: hooks further in (authentication, logging) were
 * registered with that object, so a copy would be dropped.
 */
function perAttemptTimeout(octokit: Core, options: OctokitOptions) {
  const ms = typeof options.requestTimeoutMs === 'number' ? options.requestTimeoutMs : 30_000
  octokit.hook.wrap('request', (request, requestOptions) => {
    requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(ms) }
    return request(requestOptions)
  })
  return {}
}

const GitHubClient = Octokit.plugin(perAttemptTimeout, retry, throttling)
export type GitHub = InstanceType<typeof GitHubClient>

export function createClient(s: ClientSettings): GitHub {
  const giveUp =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number
    ) => {
      const worth = retryAfter <= s.maxRateLimitWaitSeconds && retryCount < 2
      s.log.warning(
        `GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}: ${worth ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s; giving up on this request`}.`
      )
      return worth
    }
  const spacing =
    s.writeSpacingMs === null
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: s.writeSpacingMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: s.writeSpacingMs })
        }
  // Octokit's own messages go to the debug log; the handlers above log what matters.
  const quiet = (message: string) => s.log.debug(message)
  const client = new GitHubClient({
    auth: s.token,
    baseUrl: s.baseUrl,
    userAgent: s.userAgent,
    requestTimeoutMs: s.requestTimeoutMs,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    retry: {
      retryAfterBaseValue: s.retryAfterBaseMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451]
    },
    throttle: {
      onRateLimit: giveUp('primary'),
      onSecondaryRateLimit: giveUp('secondary'),
      retryAfterBaseValue: s.retryAfterBaseMs,
      ...spacing
    }
  })
  client.graphql = client.graphql.defaults({ url: s.graphqlUrl })
  return client
}

/** A rate limit (GitHub answers 403 or 429), as opposed to a missing permission. */
export function isRateLimit(error: unknown): boolean {
  const e = error as {
    status?: number
    message?: string
    response?: { headers?: Record<string, string> }
  } | null
  if (e?.status === 429) return true
  if (e?.status !== 403) return false
  return (
    e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '')
  )
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/** A short, safe description of an API failure (HTML error pages are not echoed). */
export function describeError(error: unknown): string {
  const status = statusOf(error)
  const raw = error instanceof Error ? error.message : String(error)
  const message = /<\s*html|<!doctype/i.test(raw)
    ? 'an HTML error page'
    : raw.split('\n')[0].slice(0, 200)
  return status === null ? message : `HTTP ${status}: ${message}`
}
