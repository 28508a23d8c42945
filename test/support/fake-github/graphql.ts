import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import {
  GraphQLError,
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema
} from 'graphql'
import { isBinary, type CommitTrees, type StoredFile, type TreeItem } from './git.js'
import { iso, nodeId } from './objects.js'

/** GitHub cuts `Blob.text` at exactly this many bytes and sets `isTruncated`. */
export const BLOB_TEXT_LIMIT = 512_000

export interface GraphqlEnv {
  owner: string
  repo: string
  repoId: number
  base: string
  viewerLogin: string
  rateRemaining: number
  /** Commit sha for a sha, short sha or ref name; null when unknown. */
  resolveRev(rev: string): string | null
  files(sha: string): Map<string, StoredFile>
  trees(sha: string): CommitTrees
  commitMessage(sha: string): string
}

export interface GraphqlOutcome {
  status: number
  body: Record<string, unknown>
  violations: string[]
}

let schemaCache: GraphQLSchema | undefined

function schemaPath(): string {
  // The package's exports map only exposes index.js, which also parses the 5 MB schema.json;
  // read the SDL file straight from the package directory instead.
  const require = createRequire(import.meta.url)
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const candidate = join(dir, '@octokit', 'graphql-schema', 'schema.graphql')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('cannot find @octokit/graphql-schema/schema.graphql')
}

export function githubSchema(): GraphQLSchema {
  // assumeValidSDL: the published SDL defines EnterpriseOwnerInfo.repositoryDeployKeySetting
  // twice, which buildSchema would otherwise reject.
  schemaCache ??= buildSchema(readFileSync(schemaPath(), 'utf8'), { assumeValidSDL: true })
  return schemaCache
}

/** Errors the fake raises on purpose because GitHub raises them too (not contract violations). */
class ExpectedError extends GraphQLError {
  constructor(
    message: string,
    readonly type: string
  ) {
    super(message)
  }
}

function format(error: GraphQLError): GraphQLFormattedError & { type?: string } {
  const out: GraphQLFormattedError & { type?: string } = { message: error.message }
  if (error.originalError instanceof ExpectedError) out.type = error.originalError.type
  if (error.locations) Object.assign(out, { locations: error.locations })
  if (error.path) Object.assign(out, { path: error.path })
  return out
}

function gitObjects(env: GraphqlEnv) {
  const repoPath = `/${env.owner}/${env.repo}`
  const common = (oid: string, commitSha: string) => ({
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitResourcePath: `${repoPath}/commit/${commitSha}`,
    commitUrl: `${env.base}${repoPath}/commit/${commitSha}`
  })
  const blob = (file: StoredFile, commitSha: string) => {
    const binary = isBinary(file.data)
    const truncated = !binary && file.data.length > BLOB_TEXT_LIMIT
    return {
      __typename: 'Blob',
      id: nodeId('Blob', file.sha),
      ...common(file.sha, commitSha),
      byteSize: file.data.length,
      isBinary: binary,
      isTruncated: truncated,
      text: binary ? null : file.data.subarray(0, BLOB_TEXT_LIMIT).toString('utf8')
    }
  }
  const tree = (trees: CommitTrees, dir: string, commitSha: string): unknown => {
    const object = trees.byPath.get(dir)
    if (!object) return null
    const files = env.files(commitSha)
    const entry = (item: TreeItem) => ({
      __typename: 'TreeEntry',
      name: item.name,
      path: item.path,
      type: item.type,
      mode: parseInt(item.mode, 8),
      oid: item.sha,
      size: item.size ?? 0,
      isGenerated: false,
      object: () => {
        if (item.type === 'tree') return tree(trees, item.path, commitSha)
        const file = files.get(item.path)
        return file ? blob(file, commitSha) : null
      }
    })
    return {
      __typename: 'Tree',
      id: nodeId('Tree', object.sha),
      ...common(object.sha, commitSha),
      entries: object.entries.map(entry)
    }
  }
  const commit = (sha: string) => ({
    __typename: 'Commit',
    id: nodeId('Commit', sha),
    ...common(sha, sha),
    message: env.commitMessage(sha),
    messageHeadline: env.commitMessage(sha).split('\n')[0],
    tree: () => tree(env.trees(sha), '', sha)
  })
  return { blob, tree, commit }
}

function rootValue(env: GraphqlEnv): Record<string, unknown> {
  const objects = gitObjects(env)
  const resolveExpression = (expression: string): unknown => {
    const colon = expression.indexOf(':')
    const rev = colon === -1 ? expression : expression.slice(0, colon)
    const sha = env.resolveRev(rev)
    if (!sha) return null
    if (colon === -1) return objects.commit(sha)
    const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '')
    const file = env.files(sha).get(path)
    if (file) return objects.blob(file, sha)
    return objects.tree(env.trees(sha), path, sha)
  }
  return {
    viewer: {
      __typename: 'User',
      login: env.viewerLogin,
      id: nodeId('User', env.viewerLogin)
    },
    rateLimit: {
      cost: 1,
      limit: 5000,
      nodeCount: 0,
      remaining: env.rateRemaining,
      used: 5000 - env.rateRemaining,
      resetAt: iso(Date.now() + 3_600_000)
    },
    repository: (args: { owner: string; name: string }) => {
      if (
        args.owner.toLowerCase() !== env.owner.toLowerCase() ||
        args.name.toLowerCase() !== env.repo.toLowerCase()
      ) {
        throw new ExpectedError(
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
          'NOT_FOUND'
        )
      }
      return {
        __typename: 'Repository',
        id: nodeId('Repository', env.repoId),
        databaseId: env.repoId,
        name: env.repo,
        nameWithOwner: `${env.owner}/${env.repo}`,
        url: `${env.base}/${env.owner}/${env.repo}`,
        isPrivate: false,
        object: (objectArgs: { expression?: string | null; oid?: string | null }) =>
          resolveExpression(objectArgs.expression ?? objectArgs.oid ?? '')
      }
    }
  }
}

/** Validates (a failure is a violation, answered like GitHub), then executes against the fake. */
export function runGraphql(payload: unknown, env: GraphqlEnv): GraphqlOutcome {
  const request = (typeof payload === 'object' && payload !== null ? payload : {}) as {
    query?: unknown
    variables?: unknown
    operationName?: unknown
  }
  if (typeof request.query !== 'string') {
    return {
      status: 400,
      body: { message: 'A query attribute must be specified and must be a string.' },
      violations: ['graphql: request has no query string']
    }
  }
  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (error) {
    const gqlError = error instanceof GraphQLError ? error : new GraphQLError(String(error))
    return {
      status: 200,
      body: { errors: [format(gqlError)] },
      violations: [`graphql parse error: ${gqlError.message}`]
    }
  }
  const schema = githubSchema()
  const invalid = validate(schema, document)
  if (invalid.length > 0) {
    return {
      status: 200,
      body: { errors: invalid.map(format) },
      violations: invalid.map((e) => `graphql validation error: ${e.message}`)
    }
  }
  const variables =
    typeof request.variables === 'object' && request.variables !== null
      ? (request.variables as Record<string, unknown>)
      : undefined
  const result = execute({
    schema,
    document,
    rootValue: rootValue(env),
    variableValues: variables,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined
  })
  if ('then' in result) throw new Error('fake GraphQL resolvers are synchronous')
  const errors = result.errors ?? []
  const body: Record<string, unknown> = {}
  if (result.data !== undefined) body.data = result.data
  if (errors.length > 0) body.errors = errors.map(format)
  return {
    status: 200,
    body,
    violations: errors
      .filter((e) => !(e.originalError instanceof ExpectedError))
      .map((e) => `graphql execution error (fake cannot answer or bad variables): ${e.message}`)
  }
}
