import * as core from '@actions/core'
import { createClient, describeError } from '../github/client.js'
import { VERSION } from '../version.js'
import { readEnvironment } from './environment.js'
import { auditReport } from './flows/audit.js'
import { commentStepReport } from './flows/comment-step.js'
import { pullRequestReport, type PullRequestRun } from './flows/pull-request.js'
import { pushReport } from './flows/push.js'
import { slashCommandReport } from './flows/slash-command.js'
import { InputError, parseInputs, rawInputs } from './inputs.js'
import { log } from './log.js'
import { publish, type Publication } from './publish.js'

interface PullPayload {
  number: number
  head: { sha: string; repo: { id: number } | null }
  base: { sha: string; repo: { id: number } }
}

/** Fork detection by repository id, as actions/checkout does. */
export function pullRequestRun(pr: PullPayload): PullRequestRun {
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    fromFork: pr.head.repo === null || pr.head.repo.id !== pr.base.repo.id
  }
}

export async function run(): Promise<void> {
  try {
    const env = readEnvironment()
    const raw = rawInputs()
    const inputs = parseInputs(raw)
    const gh = createClient({
      token: inputs.token,
      baseUrl: env.apiUrl,
      graphqlUrl: env.graphqlUrl,
      userAgent: `cachespec/${VERSION}`,
      requestTimeoutMs: env.requestTimeoutMs,
      maxRateLimitWaitSeconds: 60,
      retryAfterBaseMs: env.retryAfterBaseMs,
      writeSpacingMs: env.writeSpacingMs,
      log: { warning: (m) => log.warning(m), debug: (m) => log.debug(m) }
    })
    let publication: Publication | null = null
    let after: (() => Promise<void>) | null = null
    if (inputs.mode === 'comment') {
      publication = await commentStepReport(env, inputs, gh)
    } else {
      switch (env.eventName) {
        case 'pull_request':
        case 'pull_request_target': {
          const pr = env.payload.pull_request as PullPayload | undefined
          if (!pr) throw new InputError('The event has no pull_request payload')
          publication = await pullRequestReport(env, inputs, gh, pullRequestRun(pr), true)
          break
        }
        case 'issue_comment': {
          const slash = await slashCommandReport(env, raw, gh)
          publication = slash?.publication ?? null
          after = slash?.done ?? null
          break
        }
        case 'push':
          publication = await pushReport(env, inputs, gh)
          break
        case 'workflow_dispatch':
        case 'schedule':
          publication = await auditReport(env, inputs, gh)
          break
        default:
          log.notice(
            `cachespec has no special handling for "${env.eventName}" events; auditing the repository at the current commit.`
          )
          publication = await auditReport(env, inputs, gh)
      }
    }
    if (publication) await publish(env, publication)
    if (after) await after()
  } catch (error) {
    // API errors are described, not echoed: a proxy's HTML error page has no place in the log.
    core.setFailed(
      error instanceof InputError
        ? error.message
        : `cachespec could not finish: ${describeError(error)}`
    )
  }
}
