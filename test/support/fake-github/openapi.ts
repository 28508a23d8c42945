import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'

type Node = Record<string, unknown>

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: unknown
  'x-multi-segment'?: boolean
}

interface Operation {
  operationId: string
  parameters?: unknown[]
  requestBody?: unknown
  responses?: Record<string, unknown>
}

interface Spec {
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

interface RouteEntry {
  method: string
  template: string
  regex: RegExp
  names: string[]
  literalChars: number
  multi: number
  operation: Operation
  parameters: Parameter[]
}

export interface RouteMatch {
  method: string
  template: string
  /** 'METHOD /template' */
  route: string
  operationId: string
  pathParams: Record<string, string>
}

export interface RequestCheck {
  pathErrors: string[]
  queryErrors: string[]
  bodyErrors: string[]
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

// Keywords that carry no validation meaning; dropping them keeps compiled code small and
// avoids ajv tripping over OpenAPI-only keywords.
const DROPPED = new Set([
  'nullable',
  'example',
  'examples',
  'description',
  'title',
  'discriminator',
  'readOnly',
  'writeOnly',
  'deprecated',
  'externalDocs',
  'xml'
])

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * OpenAPI 3.0 -> JSON Schema for ajv: `nullable: true` (with or without `type`) becomes
 * `anyOf: [schema, {type: 'null'}]`, and local refs point into the schema registered as 'gh'.
 * Walks only schema positions, so a property named `description` or `example` survives.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (!isNode(schema)) return schema
  const out: Node = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    switch (key) {
      case 'properties':
      case 'patternProperties':
        out[key] = isNode(value)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]))
          : value
        break
      case 'items':
      case 'additionalProperties':
      case 'not':
        out[key] = toJsonSchema(value)
        break
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = Array.isArray(value) ? value.map(toJsonSchema) : value
        break
      case '$ref':
        out[key] = typeof value === 'string' && value.startsWith('#/') ? `gh${value}` : value
        break
      default:
        out[key] = value
    }
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out
}

class OpenApi {
  readonly doc: Spec
  readonly ajv: Ajv
  private readonly routes: RouteEntry[] = []
  private readonly routeKeys = new Set<string>()
  private readonly validators = new Map<string, ValidateFunction | null>()

  constructor() {
    const file = createRequire(import.meta.url).resolve(
      '@octokit/openapi/generated/api.github.com.json'
    )
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as Spec
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
    formatsModule.default(this.ajv)
    // GitHub-specific formats that ajv-formats does not know.
    this.ajv.addFormat('repo.nwo', true)
    this.ajv.addFormat('timestamp', true)
    const schemas = this.doc.components.schemas ?? {}
    const converted = Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema)])
    )
    this.ajv.addSchema({ components: { schemas: converted } }, 'gh')
    this.buildRoutes()
  }

  private resolve(value: unknown): unknown {
    let current = value
    for (let i = 0; i < 10 && isNode(current) && typeof current.$ref === 'string'; i++) {
      const parts = current.$ref.replace(/^#\//, '').split('/')
      let target: unknown = this.doc
      for (const part of parts) target = isNode(target) ? target[part] : undefined
      current = target
    }
    return current
  }

  private buildRoutes(): void {
    for (const [template, item] of Object.entries(this.doc.paths)) {
      const shared: unknown[] = Array.isArray(item.parameters) ? (item.parameters as unknown[]) : []
      for (const method of METHODS) {
        const op = item[method]
        if (!isNode(op) || typeof op.operationId !== 'string') continue
        const operation = op as unknown as Operation
        const parameters = [...shared, ...(operation.parameters ?? [])]
          .map((p) => this.resolve(p))
          .filter((p): p is Parameter => isNode(p) && typeof p.name === 'string')
        const names: string[] = []
        let literalChars = 0
        let multi = 0
        // Only whole literal segments count towards specificity, so `compare/{basehead}` and
        // `compare/{base}...{head}` tie and the one with fewer params (Octokit's current
        // compareCommitsWithBasehead) wins; a fault on either route would otherwise never fire.
        const source = template
          .split('/')
          .map((segment) => {
            if (!segment.includes('{')) literalChars += segment.length
            return segment
              .split(/(\{[^}]+\})/)
              .map((piece) => {
                const param = /^\{([^}]+)\}$/.exec(piece)
                if (!param) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
                names.push(param[1])
                const def = parameters.find((p) => p.in === 'path' && p.name === param[1])
                if (def?.['x-multi-segment']) {
                  multi++
                  return '(.+)'
                }
                return '([^/]+)'
              })
              .join('')
          })
          .join('/')
        const upper = method.toUpperCase()
        this.routes.push({
          method: upper,
          template,
          regex: new RegExp(`^${source}$`),
          names,
          literalChars,
          multi,
          operation,
          parameters
        })
        this.routeKeys.add(`${upper} ${template}`)
      }
    }
  }

  hasRoute(route: string): boolean {
    return this.routeKeys.has(route)
  }

  /** `pathKnown` is true when some operation has this path, even if not for this method. */
  match(method: string, rawPath: string): { match: RouteMatch | null; pathKnown: boolean } {
    let best: { entry: RouteEntry; groups: string[] } | null = null
    let pathKnown = false
    for (const entry of this.routes) {
      const m = entry.regex.exec(rawPath)
      if (!m) continue
      pathKnown = true
      if (entry.method !== method) continue
      if (!best || moreSpecific(entry, best.entry)) {
        best = { entry, groups: m.slice(1) }
      }
    }
    if (!best) return { match: null, pathKnown }
    const pathParams: Record<string, string> = {}
    best.entry.names.forEach((name, i) => {
      const raw = best.groups[i] ?? ''
      try {
        pathParams[name] = decodeURIComponent(raw)
      } catch {
        pathParams[name] = raw
      }
    })
    return {
      match: {
        method,
        template: best.entry.template,
        route: `${method} ${best.entry.template}`,
        operationId: best.entry.operation.operationId,
        pathParams
      },
      pathKnown
    }
  }

  private entry(match: RouteMatch): RouteEntry {
    const found = this.routes.find(
      (r) => r.method === match.method && r.template === match.template
    )
    if (!found) throw new Error(`no route ${match.route}`)
    return found
  }

  private compile(key: string, build: () => unknown): ValidateFunction | null {
    if (this.validators.has(key)) return this.validators.get(key) ?? null
    const schema = build()
    const validator = schema === undefined ? null : this.ajv.compile(schema as Node)
    this.validators.set(key, validator)
    return validator
  }

  private coerce(value: string, schema: unknown): unknown {
    const resolved = this.resolve(schema)
    const type = isNode(resolved) ? resolved.type : undefined
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) {
      return Number(value)
    }
    if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
    if (type === 'array') return value.split(',')
    return value
  }

  private paramErrors(
    entry: RouteEntry,
    where: 'path' | 'query',
    values: Record<string, string>
  ): string[] {
    const params = entry.parameters.filter((p) => p.in === where)
    const validate = this.compile(`${entry.method} ${entry.template} ${where}`, () =>
      toJsonSchema({
        type: 'object',
        properties: Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}])),
        required: params.filter((p) => p.required).map((p) => p.name),
        additionalProperties: where === 'query' ? false : {}
      })
    )
    const data = Object.fromEntries(
      Object.entries(values).map(([name, value]) => {
        const def = params.find((p) => p.name === name)
        return [name, def ? this.coerce(value, def.schema) : value]
      })
    )
    if (!validate || validate(data)) return []
    return [`${where} parameters: ${formatErrors(validate.errors)}`]
  }

  checkRequest(
    match: RouteMatch,
    query: Record<string, string>,
    body: unknown,
    hasBody: boolean
  ): RequestCheck {
    const entry = this.entry(match)
    const bodyErrors: string[] = []
    const requestBody = this.resolve(entry.operation.requestBody)
    if (isNode(requestBody)) {
      const content = isNode(requestBody.content) ? requestBody.content : {}
      const media = content['application/json']
      const schema = isNode(media) ? media.schema : undefined
      if (!hasBody) {
        if (requestBody.required === true) bodyErrors.push('request body is required but missing')
      } else if (schema !== undefined) {
        const validate = this.compile(`${match.route} request`, () => toJsonSchema(schema))
        if (validate && !validate(body)) {
          bodyErrors.push(`request body: ${formatErrors(validate.errors)}`)
        }
      }
    } else if (hasBody && match.method !== 'GET') {
      bodyErrors.push('operation takes no request body')
    }
    return {
      pathErrors: this.paramErrors(entry, 'path', match.pathParams),
      queryErrors: this.paramErrors(entry, 'query', query),
      bodyErrors
    }
  }

  /** Errors of a response the fake is about to send; [] when it matches or nothing is documented. */
  checkResponse(match: RouteMatch, status: number, contentType: string, body: unknown): string[] {
    const entry = this.entry(match)
    const responses = entry.operation.responses ?? {}
    const response = this.resolve(responses[String(status)] ?? responses.default)
    if (!isNode(response)) {
      return status < 300 ? [`status ${status} is not documented for ${match.route}`] : []
    }
    if (!isNode(response.content)) {
      return body === undefined ? [] : [`status ${status} is documented without a body`]
    }
    const mediaType = contentType.split(';')[0].trim().toLowerCase()
    const media = response.content[mediaType]
    if (!isNode(media) || media.schema === undefined) {
      const known = Object.keys(response.content).join(', ')
      return status < 300 && mediaType === 'application/json'
        ? [`status ${status} of ${match.route} documents ${known}, not ${mediaType}`]
        : []
    }
    const validate = this.compile(`${match.route} ${status} ${mediaType}`, () =>
      toJsonSchema(media.schema)
    )
    if (!validate || validate(body)) return []
    return [`response ${status}: ${formatErrors(validate.errors)}`]
  }
}

function moreSpecific(a: RouteEntry, b: RouteEntry): boolean {
  if (a.literalChars !== b.literalChars) return a.literalChars > b.literalChars
  if (a.names.length !== b.names.length) return a.names.length < b.names.length
  return a.multi < b.multi
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  const list = errors ?? []
  const shown = list
    .slice(0, 8)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
  return list.length > 8 ? `${shown.join('; ')}; ... ${list.length - 8} more` : shown.join('; ')
}

let instance: OpenApi | undefined

/** Parses the 13 MB description once per process; validators compile lazily per operation. */
export function openApi(): OpenApi {
  instance ??= new OpenApi()
  return instance
}
