import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, posix, resolve } from 'node:path'
import { unreadableReport } from '../engine/analyze.js'
import { evaluateGate, subjectsOfChanges, subjectsOfScan } from '../engine/gate.js'
import type { ModelChange } from '../engine/changes.js'
import type { ModelReport } from '../engine/report.js'
import type { DiffReport, RunReport, ScanReport } from '../engine/run.js'
import { siblingWeightIndex, WEIGHT_INDEX_NAME, type FileContent } from '../io/content.js'
import { Git, GitError } from '../io/git.js'
import { PathFilter } from '../io/glob.js'
import { listWorkspace, toPosix, WorkspaceReader } from '../io/workspace.js'
import {
  analysisOptions,
  describeIssues,
  gatePolicy,
  reportOptions,
  RUN_DEFAULTS,
  RunOptionsSchema,
  type RunOptions
} from '../options.js'
import {
  COMMENT_BUDGET,
  renderMarkdown,
  SUMMARY_BUDGET,
  type LinkContext
} from '../render/markdown.js'
import { renderExplain, renderTerminal } from '../render/terminal.js'
import { compareConfigs, selectChanges } from '../run/diff.js'
import { GitRevision } from '../run/git-revision.js'
import { reportJsonSchema } from '../run/report-json-schema.js'
import {
  fileTarget,
  keep,
  keepChange,
  ReportWriter,
  tee,
  type Target
} from '../run/report-writer.js'
import { reportFor } from '../run/reports.js'
import { scanConfigs } from '../run/scan.js'
import { VERSION } from '../version.js'
import { flag, flagList, parseArgs, UsageError, type ParsedArgs } from './args.js'
import { parseReportFile } from './report-file.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
  /** Progress lines only go to a terminal. */
  stderrIsTTY: boolean
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

const RUN_FLAGS = [
  'glob',
  'exclude',
  'context',
  'primary-context',
  'kv-dtype',
  'batch',
  'format',
  'fail-on',
  'max-kv-bytes-per-token',
  'max-memory',
  'max-increase',
  'shard',
  'output',
  'repo',
  'comment-key'
]
const KNOWN = new Set([...RUN_FLAGS, 'base', 'head'])
const BOOLEANS = new Set(['help', 'version'])

/** The flag that sets each run option; repeatable flags add to a list. */
const FLAGS: Record<keyof typeof RUN_DEFAULTS, string> = {
  paths: 'glob',
  exclude: 'exclude',
  contexts: 'context',
  primaryContext: 'primary-context',
  kvDtype: 'kv-dtype',
  batch: 'batch',
  failOn: 'fail-on',
  maxKvBytesPerToken: 'max-kv-bytes-per-token',
  maxMemory: 'max-memory',
  maxIncrease: 'max-increase',
  shard: 'shard'
}
const REPEATABLE = new Set<string>(['paths', 'exclude', 'maxMemory'])

export const USAGE = `cachespec ${VERSION}: KV-cache specs and memory for model configs

Usage:
  cachespec scan [paths…]               every config under the paths (default: .)
  cachespec diff --base <rev> [--head <rev>] [paths…]
                                        configs changed between two revisions, against their merge base
  cachespec explain <config.json>       each layer with the tier and key behind it
  cachespec merge <report.json…>        combine shard reports (scan --shard i/n --format json)
  cachespec schema                      print the JSON Schema of the reports

Options:
  --glob <pattern>            configs to read (default **/config.json; repeatable)
  --exclude <pattern>         paths to skip (repeatable)
  --context <list>            context lengths, e.g. 4096,32768,131072 or 4K,32K,128K
  --primary-context <n>       the context of the summary column and the deltas (default 32768)
  --kv-dtype <type>           auto|float32|float16|bfloat16|fp8|mlx-q8|mlx-q4 (default auto)
  --batch <n>                 concurrent sequences (default 1)
  --format <f>                table|json|markdown (default table)
  --fail-on <level>           error|warning|never (default error)
  --max-kv-bytes-per-token <size>, --max-memory <ctx:size>, --max-increase <pct>
                              budgets, as in the Action
  --shard <i/n>               audit only the i-th of n deterministic shards
  --output <file>             also write the JSON report to a file
  --repo <owner/name>         link findings to GitHub in markdown (default: the origin remote)

Exit codes: 0 no finding reaches --fail-on and no budget is broken; 1 otherwise; 2 usage error.
`

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs
  try {
    args = parseArgs(argv, KNOWN, BOOLEANS)
  } catch (e) {
    return usage(io, (e as Error).message)
  }
  if (args.flags.has('version')) {
    io.stdout(`${VERSION}\n`)
    return EXIT_OK
  }
  if (args.flags.has('help') || args.command === null || args.command === 'help') {
    io.stdout(USAGE)
    return args.command === null && !args.flags.has('help') ? EXIT_USAGE : EXIT_OK
  }
  try {
    switch (args.command) {
      case 'scan':
        return await scan(args, io)
      case 'diff':
        return await diff(args, io)
      case 'explain':
        return await explain(args, io)
      case 'merge':
        return await merge(args, io)
      case 'schema':
        io.stdout(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
        return EXIT_OK
      default:
        return usage(io, `unknown command "${args.command}"`)
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof GitError) return usage(io, e.message)
    throw e
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`cachespec: ${message}\nRun "cachespec --help" for usage.\n`)
  return EXIT_USAGE
}

function runOptions(args: ParsedArgs): RunOptions {
  const raw = Object.fromEntries(
    Object.entries(FLAGS).map(([key, name]) => {
      const fallback = RUN_DEFAULTS[key as keyof typeof FLAGS]
      return [
        key,
        REPEATABLE.has(key) ? flagList(args, name, fallback) : flag(args, name, fallback)
      ]
    })
  )
  const parsed = RunOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    const names = Object.fromEntries(Object.entries(FLAGS).map(([key, name]) => [key, `--${name}`]))
    throw new UsageError(describeIssues(parsed.error, names, 'option'))
  }
  return parsed.data
}

function format(args: ParsedArgs): 'table' | 'json' | 'markdown' {
  const f = flag(args, 'format', 'table')
  if (f !== 'table' && f !== 'json' && f !== 'markdown')
    throw new UsageError(`--format must be table, json or markdown, not "${f}"`)
  return f
}

async function scan(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = runOptions(args)
  const fmt = format(args)
  const filter = new PathFilter(options.paths, options.exclude)
  const roots = args.positionals.length > 0 ? args.positionals : ['.']
  const header = {
    schemaVersion: 1 as const,
    kind: 'scan' as const,
    options: reportOptions(options),
    shard: options.shard
  }
  const json = jsonTarget(args, io, fmt)
  const writer = json && new ReportWriter(json.write, header)
  const models: ModelReport[] = []
  const progress = progressLine(io)
  for (const arg of roots) {
    const absolute = resolve(io.cwd, arg)
    const info = await stat(absolute).catch(() => null)
    if (!info) throw new UsageError(`no such file or folder: ${arg}`)
    const prefix = toPosix(arg).replace(/\/+$/, '')
    const display = (rel: string) =>
      prefix === '.' || prefix === '' ? rel : posix.join(prefix, rel)
    // Each report is written out in full, then kept without its per-layer rows.
    const record = (shownAs: (m: ModelReport) => string) => (m: ModelReport) => {
      const shown = { ...m, path: shownAs(m) }
      writer?.add(shown)
      models.push(keep(shown))
    }
    if (info.isFile()) {
      const root = dirname(absolute)
      await scanConfigs({
        paths: [basename(absolute)],
        read: (paths) => readAll(root, paths),
        options: analysisOptions(options),
        shard: null,
        onReport: record(() => toPosix(arg))
      })
      continue
    }
    const listing = listWorkspace(absolute, filter)
    for (const link of listing.symlinks) {
      const report = unreadableReport(
        display(link),
        'symlink',
        'This path is a symlink (or a symlinked folder); it is not followed.'
      )
      writer?.add(report)
      models.push(report)
    }
    await scanConfigs({
      paths: listing.files,
      read: (paths) => readAll(absolute, paths, listing.weightIndexes),
      options: analysisOptions(options),
      shard: options.shard,
      onProgress: progress,
      onReport: record((m) => display(m.path))
    })
  }
  progress(0, 0)
  models.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const gate = evaluateGate(subjectsOfScan(models), gatePolicy(options))
  writer?.finish(gate)
  json?.close()
  emit({ ...header, models, gate }, fmt, io)
  return gate.failed ? EXIT_FAILED : EXIT_OK
}

/** Where the JSON report streams: stdout for --format json, and the --output file. */
function jsonTarget(args: ParsedArgs, io: CliIo, fmt: string): Target | null {
  const targets: Target[] = []
  if (fmt === 'json') targets.push({ write: io.stdout, close: () => {} })
  const output = flag(args, 'output', '')
  if (output !== '') targets.push(fileTarget(resolve(io.cwd, output)))
  return targets.length === 0 ? null : tee(targets)
}

/**
 * Reads configs (and weight indexes, which may be larger) under one root. When the folder was
 * listed, a weight index that was not seen is known to be missing without trying to open it.
 */
function readAll(
  root: string,
  paths: readonly string[],
  seenIndexes?: ReadonlySet<string>
): Promise<Map<string, FileContent>> {
  const reader = new WorkspaceReader(root)
  const out = new Map<string, FileContent>()
  for (const path of paths) {
    const unseenIndex = path.endsWith(WEIGHT_INDEX_NAME) && seenIndexes && !seenIndexes.has(path)
    out.set(path, unseenIndex ? { kind: 'missing' } : reader.read(path))
  }
  return Promise.resolve(out)
}

function progressLine(io: CliIo): (done: number, total: number) => void {
  if (!io.stderrIsTTY) return () => {}
  let shown = false
  return (done, total) => {
    if (total === 0) {
      if (shown) io.stderr('\r\x1b[K')
      return
    }
    if (total < 1000) return
    shown = true
    io.stderr(`\rcachespec: ${done}/${total} configs`)
  }
}

async function diff(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = runOptions(args)
  const fmt = format(args)
  const baseRev = flag(args, 'base', '')
  if (baseRev === '') throw new UsageError('diff needs --base <rev>')
  const headRev = flag(args, 'head', 'HEAD')
  const git = new Git(io.cwd)
  if (!(await git.isRepository())) throw new UsageError('diff must run inside a git repository')
  const top = await git.topLevel()
  const repo = new Git(top)
  const baseSha = await repo.resolve(baseRev)
  const headSha = await repo.resolve(headRev)
  if (!baseSha) throw new UsageError(`--base: "${baseRev}" is not a commit here`)
  if (!headSha) throw new UsageError(`--head: "${headRev}" is not a commit here`)
  const mergeBase = (await repo.mergeBase(baseSha, headSha)) ?? baseSha
  const prefixes = args.positionals.map((p) =>
    toPosix(posix.relative(toPosix(top), toPosix(resolve(io.cwd, p))))
  )
  const underPrefix = (path: string) =>
    prefixes.length === 0 ||
    prefixes.some((p) => p === '' || path === p || path.startsWith(`${p}/`))
  const filter = new PathFilter(options.paths, options.exclude)
  const changes = selectChanges(await repo.diff(mergeBase, headSha), filter).filter(
    (c) => underPrefix(c.path) || (c.previousPath !== null && underPrefix(c.previousPath))
  )
  const [base, head] = await Promise.all([
    GitRevision.open(repo, mergeBase),
    GitRevision.open(repo, headSha)
  ])
  const header = {
    schemaVersion: 1 as const,
    kind: 'diff' as const,
    options: reportOptions(options),
    base: { rev: baseRev, sha: mergeBase },
    head: { rev: headRev, sha: headSha }
  }
  const json = jsonTarget(args, io, fmt)
  const writer = json && new ReportWriter(json.write, header)
  const compared: ModelChange[] = []
  await compareConfigs(changes, base, head, analysisOptions(options), (c) => {
    writer?.add(c)
    compared.push(keepChange(c))
  })
  const gate = evaluateGate(subjectsOfChanges(compared), gatePolicy(options))
  writer?.finish(gate)
  json?.close()
  const report: DiffReport = { ...header, changes: compared, gate }
  const links = fmt === 'markdown' ? await linkContext(args, io, report, repo) : null
  emit(report, fmt, io, links, flag(args, 'comment-key', 'default'))
  return gate.failed ? EXIT_FAILED : EXIT_OK
}

async function explain(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = runOptions(args)
  const fmt = format(args)
  if (args.positionals.length !== 1) throw new UsageError('explain takes exactly one config file')
  const arg = args.positionals[0]
  const absolute = resolve(io.cwd, arg)
  const root = dirname(absolute)
  const name = basename(absolute)
  const index = siblingWeightIndex(name)
  const contents = await readAll(root, [name, index])
  const model = {
    ...reportFor(
      name,
      contents.get(name) ?? { kind: 'missing' },
      contents.get(index) ?? null,
      analysisOptions(options)
    ),
    path: toPosix(arg)
  }
  if (fmt === 'json') io.stdout(`${JSON.stringify(model, null, 2)}\n`)
  else io.stdout(renderExplain(model))
  const gate = evaluateGate(subjectsOfScan([model]), gatePolicy(options))
  return gate.failed ? EXIT_FAILED : EXIT_OK
}

async function merge(args: ParsedArgs, io: CliIo): Promise<number> {
  const options = runOptions(args)
  const fmt = format(args)
  if (args.positionals.length === 0) throw new UsageError('merge needs at least one report file')
  const reports: ScanReport[] = []
  for (const file of args.positionals) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => null)
    if (text === null) throw new UsageError(`cannot read ${file}`)
    reports.push(parseReportFile(text, file))
  }
  const first = reports[0].options
  for (const [i, r] of reports.entries()) {
    if (JSON.stringify(r.options) !== JSON.stringify(first)) {
      throw new UsageError(
        `${args.positionals[i]} was computed with other options than ${args.positionals[0]}; shards must share them`
      )
    }
  }
  const byPath = new Map<string, ModelReport>()
  for (const r of reports) for (const m of r.models) byPath.set(m.path, m)
  const models = [...byPath.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  )
  const gate = evaluateGate(subjectsOfScan(models), gatePolicy(options))
  const counts = reports.map((r) => r.shard?.count ?? 1)
  const shards = new Set(reports.map((r) => r.shard?.index ?? 1))
  if (new Set(counts).size !== 1 || shards.size !== counts[0]) {
    io.stderr(
      `cachespec: warning: ${shards.size} distinct shard(s) of ${counts.reduce((a, b) => Math.max(a, b), 0)} were merged; the audit may be incomplete\n`
    )
  }
  const header = { schemaVersion: 1 as const, kind: 'scan' as const, options: first, shard: null }
  const json = jsonTarget(args, io, fmt)
  if (json) {
    const writer = new ReportWriter(json.write, header)
    for (const m of models) writer.add(m)
    writer.finish(gate)
    json.close()
  }
  emit({ ...header, models, gate }, fmt, io)
  return gate.failed ? EXIT_FAILED : EXIT_OK
}

/** Table and markdown output (the JSON has streamed already). */
function emit(
  report: RunReport,
  fmt: 'table' | 'json' | 'markdown',
  io: CliIo,
  links: LinkContext | null = null,
  commentKey = 'default'
): void {
  if (fmt === 'table') io.stdout(renderTerminal(report))
  else if (fmt === 'markdown') {
    io.stdout(
      renderMarkdown(report, {
        version: VERSION,
        links,
        marker: report.kind === 'diff' ? { key: commentKey, headSha: report.head.sha } : null,
        overflowPointer: report.kind === 'diff' ? 'the job summary' : 'the JSON report',
        budget: report.kind === 'diff' ? COMMENT_BUDGET : SUMMARY_BUDGET
      })
    )
  }
}

/** Links need a GitHub repository: --repo, GITHUB_REPOSITORY, or an origin remote on GitHub. */
async function linkContext(
  args: ParsedArgs,
  io: CliIo,
  report: DiffReport,
  git: Git
): Promise<LinkContext | null> {
  let repository = flag(args, 'repo', io.env.GITHUB_REPOSITORY ?? '')
  if (repository === '') {
    const url = await git.text(['remote', 'get-url', 'origin']).catch(() => '')
    const m = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)
    repository = m ? m[1] : ''
  }
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return null
  return {
    serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository,
    sha: report.head.sha
  }
}
