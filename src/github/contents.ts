import { readLimit, type FileContent } from '../io/content.js'
import type { GitHub } from './client.js'

export interface Repo {
  owner: string
  repo: string
}

const SYMLINK_MODE = 0o120000
const PER_QUERY = 50

interface Entry {
  mode: number
  type: string
  size: number | null
}

type Listing = Map<string, Entry> | 'missing' | 'not-a-folder'

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/**
 * Reads files of one commit through the API, without a checkout: folder listings first (they give
 * each file's mode, so symlinks are recognised, and its size, so nothing large is downloaded),
 * then the blobs, 50 per GraphQL query. The REST contents API is the fallback.
 */
export class ApiRevision {
  constructor(
    private readonly gh: GitHub,
    private readonly repo: Repo,
    readonly sha: string,
    private readonly log: (message: string) => void
  ) {}

  private graphqlWorks = true

  async read(paths: readonly string[]): Promise<Map<string, FileContent>> {
    const dirs = [...new Set(paths.map(dirOf))]
    const listings = await this.listings(dirs)
    const out = new Map<string, FileContent>()
    const wanted: string[] = []
    for (const path of paths) {
      const listing = listings.get(dirOf(path)) ?? 'missing'
      if (listing === 'missing') out.set(path, { kind: 'missing' })
      else if (listing === 'not-a-folder') out.set(path, { kind: 'symlink' })
      else {
        const entry = listing.get(nameOf(path))
        if (!entry) out.set(path, { kind: 'missing' })
        else if (entry.mode === SYMLINK_MODE) out.set(path, { kind: 'symlink' })
        else if (entry.type !== 'blob')
          out.set(path, { kind: 'unreadable', reason: `it is a ${entry.type}, not a file` })
        else if (entry.size !== null && entry.size > readLimit(path))
          out.set(path, { kind: 'too-large', byteLength: entry.size })
        else wanted.push(path)
      }
    }
    for (const [path, content] of await this.blobs(wanted)) out.set(path, content)
    return out
  }

  private listings(dirs: string[]): Promise<Map<string, Listing>> {
    return this.viaGraphqlOrRest(
      dirs,
      (d) => this.graphqlListings(d),
      (dir) => this.restListing(dir)
    )
  }

  private blobs(paths: string[]): Promise<Map<string, FileContent>> {
    return this.viaGraphqlOrRest(
      paths,
      (p) => this.graphqlBlobs(p),
      (path) => this.restBlob(path)
    )
  }

  /** One GraphQL query serves a whole batch; once it fails, REST serves each item from then on. */
  private async viaGraphqlOrRest<T>(
    items: string[],
    graphql: (items: string[]) => Promise<Map<string, T>>,
    rest: (item: string) => Promise<T>
  ): Promise<Map<string, T>> {
    if (this.graphqlWorks) {
      try {
        return await graphql(items)
      } catch (e) {
        this.graphqlWorks = false
        this.log(
          `GraphQL was not usable (${(e as Error).message.split('\n')[0]}); reading through the REST contents API.`
        )
      }
    }
    const out = new Map<string, T>()
    for (const item of items) out.set(item, await rest(item))
    return out
  }

  /** Paths travel as query variables, never spliced into the query text. */
  private async batchedQuery<T>(
    items: string[],
    fields: string,
    pick: (node: unknown, item: string) => T
  ): Promise<Map<string, T>> {
    const out = new Map<string, T>()
    for (let start = 0; start < items.length; start += PER_QUERY) {
      const batch = items.slice(start, start + PER_QUERY)
      const vars = batch.map((_, i) => `$e${i}: String!`).join(', ')
      const selections = batch
        .map((_, i) => `e${i}: object(expression: $e${i}) { __typename ${fields} }`)
        .join('\n')
      const query = `query ($owner: String!, $name: String!, ${vars}) { repository(owner: $owner, name: $name) { ${selections} } }`
      const variables: Record<string, string> = { owner: this.repo.owner, name: this.repo.repo }
      batch.forEach((item, i) => (variables[`e${i}`] = `${this.sha}:${item}`))
      const result = await this.gh.graphql<{ repository: Record<string, unknown> | null }>(
        query,
        variables
      )
      if (!result.repository) throw new Error('the repository is not visible to this token')
      batch.forEach((item, i) => out.set(item, pick(result.repository?.[`e${i}`] ?? null, item)))
    }
    return out
  }

  private graphqlListings(dirs: string[]): Promise<Map<string, Listing>> {
    return this.batchedQuery(
      dirs,
      '... on Tree { entries { name type mode object { ... on Blob { byteSize } } } }',
      (node): Listing => {
        const n = node as {
          __typename?: string
          entries?: {
            name: string
            type: string
            mode: number
            object: { byteSize?: number } | null
          }[]
        } | null
        if (!n) return 'missing'
        if (n.__typename !== 'Tree' || !n.entries) return 'not-a-folder'
        return new Map(
          n.entries.map((e) => [
            e.name,
            { mode: e.mode, type: e.type, size: e.object?.byteSize ?? null }
          ])
        )
      }
    )
  }

  private graphqlBlobs(paths: string[]): Promise<Map<string, FileContent>> {
    return this.batchedQuery(
      paths,
      '... on Blob { byteSize isBinary isTruncated text }',
      (node, path): FileContent => {
        const n = node as {
          __typename?: string
          byteSize?: number
          isBinary?: boolean
          isTruncated?: boolean
          text?: string | null
        } | null
        if (!n || n.__typename !== 'Blob') return { kind: 'missing' }
        const size = n.byteSize ?? 0
        if (size > readLimit(path) || n.isTruncated) return { kind: 'too-large', byteLength: size }
        if (n.isBinary || typeof n.text !== 'string')
          return { kind: 'unreadable', reason: 'it is a binary file' }
        return { kind: 'text', text: n.text, byteLength: size }
      }
    )
  }

  private async restListing(dir: string): Promise<Listing> {
    try {
      const { data } = await this.gh.rest.repos.getContent({
        ...this.repo,
        path: dir,
        ref: this.sha
      })
      if (!Array.isArray(data))
        return data.type === 'symlink' || data.type === 'file' ? 'not-a-folder' : 'missing'
      return new Map(
        data.map((e) => [
          e.name,
          {
            mode: e.type === 'symlink' ? SYMLINK_MODE : 0o100644,
            type: e.type === 'file' || e.type === 'symlink' ? 'blob' : e.type,
            size: e.size
          }
        ])
      )
    } catch (e) {
      if ((e as { status?: number }).status === 404) return 'missing'
      throw e
    }
  }

  private async restBlob(path: string): Promise<FileContent> {
    try {
      const { data } = await this.gh.rest.repos.getContent({ ...this.repo, path, ref: this.sha })
      if (Array.isArray(data) || data.type !== 'file')
        return data && !Array.isArray(data) && data.type === 'symlink'
          ? { kind: 'symlink' }
          : { kind: 'unreadable', reason: 'it is not a file' }
      if (data.size > readLimit(path)) return { kind: 'too-large', byteLength: data.size }
      const bytes = Buffer.from(data.content, 'base64')
      if (bytes.includes(0)) return { kind: 'unreadable', reason: 'it is a binary file' }
      return { kind: 'text', text: bytes.toString('utf8'), byteLength: bytes.length }
    } catch (e) {
      const status = (e as { status?: number }).status
      if (status === 404) return { kind: 'missing' }
      if (status === 403 && /too_large|too large/i.test((e as Error).message))
        return { kind: 'too-large', byteLength: readLimit(path) + 1 }
      throw e
    }
  }
}
