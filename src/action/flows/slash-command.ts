import type { GitHub } from '../../github/client.js'
import type { ActionInputs } from '../../options.js'
import { code } from '../../render/escape.js'
import type { Environment } from '../environment.js'
import { InputError, parseInputs, type RawInputs } from '../inputs.js'
import { log } from '../log.js'
import type { Publication } from '../publish.js'
import { pullRequestReport } from './pull-request.js'

/** The options a `/cachespec key=value …` command may change, by the names users type. */
const COMMAND_OPTIONS: Record<string, keyof RawInputs> = {
  context: 'primaryContext',
  'context-lengths': 'contexts',
  'primary-context': 'primaryContext',
  'kv-dtype': 'kvDtype',
  batch: 'batch',
  'batch-size': 'batch',
  'fail-on': 'failOn',
  'max-memory': 'maxMemory',
  'max-kv-bytes-per-token': 'maxKvBytesPerToken',
  'max-increase': 'maxIncrease'
}

/** Who may run the command: people with write access to the repository. */
const TRUSTED = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

export type Command =
  { kind: 'none' } | { kind: 'run'; inputs: ActionInputs } | { kind: 'bad'; message: string }

/** Reads `/cachespec [key=value …]` from the first line of a comment. */
export function parseCommand(body: string, raw: RawInputs): Command {
  const first = body.trimStart().split(/\r?\n/)[0].trim()
  const m = /^\/cachespec(?:\s+(.*))?$/.exec(first)
  if (!m) return { kind: 'none' }
  const overrides: Partial<RawInputs> = {}
  for (const token of (m[1] ?? '').split(/\s+/).filter(Boolean)) {
    const eq = token.indexOf('=')
    const key = eq === -1 ? token : token.slice(0, eq)
    const field = COMMAND_OPTIONS[key]
    if (eq === -1 || !field) {
      return {
        kind: 'bad',
        message: `unknown option \`${key.replace(/[^A-Za-z0-9_-]/g, '?').slice(0, 40)}\`; use ${Object.keys(
          COMMAND_OPTIONS
        )
          .map((k) => `\`${k}=…\``)
          .join(', ')}`
      }
    }
    overrides[field] = token.slice(eq + 1)
  }
  try {
    return { kind: 'run', inputs: parseInputs({ ...raw, ...overrides }) }
  } catch (e) {
    if (e instanceof InputError) return { kind: 'bad', message: e.message }
    throw e
  }
}

interface CommentEvent {
  commentId: number
  issueNumber: number
  isPullRequest: boolean
  association: string
  body: string
}

export function readCommentEvent(payload: Record<string, unknown>): CommentEvent | null {
  const comment = payload.comment as
    { id?: number; body?: string; author_association?: string } | undefined
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined
  if (payload.action !== 'created' || !comment?.id || !issue?.number) return null
  return {
    commentId: comment.id,
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    association: comment.author_association ?? 'NONE',
    body: comment.body ?? ''
  }
}

async function react(
  gh: GitHub,
  env: Environment,
  commentId: number,
  content: 'eyes' | 'rocket' | 'confused'
): Promise<void> {
  try {
    await gh.rest.reactions.createForIssueComment({
      owner: env.owner,
      repo: env.repo,
      comment_id: commentId,
      content
    })
  } catch (e) {
    log.warning(`Could not add the ${content} reaction: ${(e as Error).message}`)
  }
}

/**
 * issue_comment: a `/cachespec` command on a pull request from someone with write access
 * recomputes the report for the pull request's current head and updates the sticky comment.
 * Returns null when there is nothing to do (not a command, not a PR, not allowed).
 */
export async function slashCommandReport(
  env: Environment,
  raw: RawInputs,
  gh: GitHub
): Promise<{ publication: Publication; done: () => Promise<void> } | null> {
  const event = readCommentEvent(env.payload)
  if (!event) {
    log.info('This issue_comment event is not a new comment; nothing to do.')
    return null
  }
  const command = parseCommand(event.body, raw)
  if (command.kind === 'none') return null
  if (!event.isPullRequest) {
    log.notice('/cachespec works on pull requests only; ignoring a command on an issue.')
    return null
  }
  if (!TRUSTED.has(event.association)) {
    log.notice(
      `Ignoring /cachespec from a commenter without write access (author association ${event.association}).`
    )
    return null
  }
  await react(gh, env, event.commentId, 'eyes')
  if (command.kind === 'bad') {
    await react(gh, env, event.commentId, 'confused')
    await gh.rest.issues.createComment({
      owner: env.owner,
      repo: env.repo,
      issue_number: event.issueNumber,
      // The message can repeat what the commenter typed: it goes through the escaping function.
      body: `cachespec could not run that command: ${code(command.message, { max: 500 })}`
    })
    return null
  }
  const publication = await pullRequestReport(
    env,
    command.inputs,
    gh,
    { number: event.issueNumber, headSha: null, baseSha: null, fromFork: false },
    true
  )
  return {
    publication: { ...publication, enforceGate: false },
    done: () => react(gh, env, event.commentId, 'rocket')
  }
}
