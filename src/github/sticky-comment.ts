import { readMarker } from '../render/marker.js'
import { statusOf, type GitHub } from './client.js'
import type { Repo } from './contents.js'

export interface StickyTarget {
  repo: Repo
  issueNumber: number
  key: string
  /** The login the token comments as (github-actions[bot] for the workflow token). */
  botLogin: string
}

export interface StickyOutcome {
  outcome: 'created' | 'updated' | 'unchanged'
  commentId: number
}

interface OwnComment {
  id: number
  body: string
}

/** The bot's own comments carrying this key's marker, oldest first. A human's quote never counts. */
export async function findOwnComments(gh: GitHub, target: StickyTarget): Promise<OwnComment[]> {
  const own: OwnComment[] = []
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })) {
    for (const c of page.data) {
      if (c.user?.login !== target.botLogin) continue
      if (readMarker(c.body)?.key !== target.key) continue
      own.push({ id: c.id, body: c.body ?? '' })
    }
  }
  return own.sort((a, b) => a.id - b.id)
}

/**
 * One comment per pull request and key: the oldest of the bot's marked comments is updated in
 * place, younger duplicates (left by concurrent runs or a retried POST) are deleted. Creating is
 * never retried blindly: after a failed POST the comments are listed again, because GitHub may
 * have stored it anyway.
 */
export async function upsertStickyComment(
  gh: GitHub,
  target: StickyTarget,
  body: string
): Promise<StickyOutcome> {
  const existing = await findOwnComments(gh, target)
  if (existing.length > 0) return settle(gh, target, existing, body)
  try {
    await gh.rest.issues.createComment({
      ...target.repo,
      issue_number: target.issueNumber,
      body,
      request: { retries: 0 }
    })
  } catch (e) {
    const status = statusOf(e)
    if (status !== null && status < 500 && status !== 408) throw e
    const stored = await findOwnComments(gh, target)
    if (stored.length === 0) {
      await gh.rest.issues.createComment({
        ...target.repo,
        issue_number: target.issueNumber,
        body,
        request: { retries: 0 }
      })
    }
  }
  const after = await findOwnComments(gh, target)
  if (after.length === 0) throw new Error('the comment was created but cannot be found again')
  const result = await settle(gh, target, after, body)
  return result.outcome === 'unchanged'
    ? { outcome: 'created', commentId: result.commentId }
    : result
}

/** Keeps the oldest comment, makes it carry `body`, deletes the rest. */
async function settle(
  gh: GitHub,
  target: StickyTarget,
  comments: OwnComment[],
  body: string
): Promise<StickyOutcome> {
  const [keep, ...duplicates] = comments
  for (const d of duplicates) {
    try {
      await gh.rest.issues.deleteComment({ ...target.repo, comment_id: d.id })
    } catch (e) {
      if (statusOf(e) !== 404) throw e
    }
  }
  if (keep.body === body) return { outcome: 'unchanged', commentId: keep.id }
  await gh.rest.issues.updateComment({ ...target.repo, comment_id: keep.id, body })
  return { outcome: 'updated', commentId: keep.id }
}

/** Whether a sticky comment exists (for `comment: on-change`, which only updates one). */
export async function hasStickyComment(gh: GitHub, target: StickyTarget): Promise<boolean> {
  return (await findOwnComments(gh, target)).length > 0
}

/** The login this token comments as; the workflow token's bot when the API will not say. */
export async function commenterLogin(gh: GitHub): Promise<string> {
  try {
    const result = await gh.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
    return result.viewer.login
  } catch {
    return 'github-actions[bot]'
  }
}
