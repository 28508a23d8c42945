import { createHash } from 'node:crypto'
import type { DiffStatus, FakeCommit, FakeFile } from './types.js'

export interface StoredFile {
  path: string
  mode: '100644' | '120000'
  data: Buffer
  sha: string
}

export interface TreeItem {
  name: string
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
  size?: number
}

export interface TreeObject {
  sha: string
  /** Direct children, git order. */
  entries: TreeItem[]
  /** Every descendant, pre-order, git order (what `recursive=1` lists). */
  all: TreeItem[]
}

export interface CommitTrees {
  root: TreeObject
  byPath: Map<string, TreeObject>
}

export interface RawDiff {
  filename: string
  status: DiffStatus
  previous_filename?: string
  sha: string | null
  additions: number
  deletions: number
  patch?: string
}

export function toBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content
}

function gitHash(kind: string, data: Buffer): { hex: string; raw: Buffer } {
  const raw = createHash('sha1').update(`${kind} ${data.length}\0`).update(data).digest()
  return { hex: raw.toString('hex'), raw }
}

export function blobSha(data: Buffer): string {
  return gitHash('blob', data).hex
}

export function storeFiles(files: Map<string, FakeFile>): Map<string, StoredFile> {
  const out = new Map<string, StoredFile>()
  for (const [path, file] of files) {
    const data = toBuffer(file.content)
    out.set(path, { path, mode: file.mode ?? '100644', data, sha: blobSha(data) })
  }
  return out
}

interface DirNode {
  dirs: Map<string, DirNode>
  files: Map<string, StoredFile>
}

/** Real git tree objects, so tree shas look and behave like GitHub's. */
export function buildTrees(files: Map<string, StoredFile>): CommitTrees {
  const root: DirNode = { dirs: new Map(), files: new Map() }
  for (const file of files.values()) {
    const parts = file.path.split('/')
    let dir = root
    for (const part of parts.slice(0, -1)) {
      let next = dir.dirs.get(part)
      if (!next) {
        next = { dirs: new Map(), files: new Map() }
        dir.dirs.set(part, next)
      }
      dir = next
    }
    dir.files.set(parts[parts.length - 1], file)
  }
  const byPath = new Map<string, TreeObject>()

  const visit = (dir: DirNode, prefix: string): TreeObject => {
    const children: { item: TreeItem; sub?: TreeObject; sortKey: string }[] = []
    for (const [name, sub] of dir.dirs) {
      const path = prefix ? `${prefix}/${name}` : name
      const tree = visit(sub, path)
      children.push({
        item: { name, path, mode: '040000', type: 'tree', sha: tree.sha },
        sub: tree,
        sortKey: `${name}/`
      })
    }
    for (const [name, file] of dir.files) {
      const path = prefix ? `${prefix}/${name}` : name
      children.push({
        item: { name, path, mode: file.mode, type: 'blob', sha: file.sha, size: file.data.length },
        sortKey: name
      })
    }
    // git orders tree entries bytewise, comparing a subtree's name as if it ended in '/'
    children.sort((a, b) => Buffer.compare(Buffer.from(a.sortKey), Buffer.from(b.sortKey)))
    const payload = Buffer.concat(
      children.map(({ item }) =>
        Buffer.concat([
          Buffer.from(`${item.type === 'tree' ? '40000' : item.mode} ${item.name}\0`),
          Buffer.from(item.sha, 'hex')
        ])
      )
    )
    const all: TreeItem[] = []
    for (const child of children) {
      all.push(child.item)
      if (child.sub) all.push(...child.sub.all)
    }
    const tree: TreeObject = {
      sha: gitHash('tree', payload).hex,
      entries: children.map((c) => c.item),
      all
    }
    byPath.set(prefix, tree)
    return tree
  }

  const rootTree = visit(root, '')
  return { root: rootTree, byPath }
}

export function isBinary(data: Buffer): boolean {
  return data.subarray(0, 8000).includes(0)
}

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

type Op = [' ' | '-' | '+', string]

function lineOps(a: string[], b: string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  const ops: Op[] = a.slice(0, start).map((l): Op => [' ', l])
  const n = midA.length
  const m = midB.length
  if (n * m > 0 && n * m <= 1_000_000) {
    const width = m + 1
    const table = new Uint32Array((n + 1) * width)
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] =
          midA[i] === midB[j]
            ? table[(i + 1) * width + j + 1] + 1
            : Math.max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    let i = 0
    let j = 0
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push([' ', midA[i++]])
        j++
      } else if (i < n && (j === m || table[(i + 1) * width + j] >= table[i * width + j + 1])) {
        ops.push(['-', midA[i++]])
      } else {
        ops.push(['+', midB[j++]])
      }
    }
  } else {
    for (const l of midA) ops.push(['-', l])
    for (const l of midB) ops.push(['+', l])
  }
  for (const l of a.slice(endA)) ops.push([' ', l])
  return ops
}

const CONTEXT = 3
const MAX_PATCH = 100_000

function unifiedPatch(ops: Op[]): string | undefined {
  const hunks: string[] = []
  let i = 0
  let lineA = 1
  let lineB = 1
  const counters: { a: number; b: number }[] = []
  for (const [kind] of ops) {
    counters.push({ a: lineA, b: lineB })
    if (kind !== '+') lineA++
    if (kind !== '-') lineB++
  }
  while (i < ops.length) {
    if (ops[i][0] === ' ') {
      i++
      continue
    }
    const start = Math.max(0, i - CONTEXT)
    let end = i
    let lastChange = i
    while (end < ops.length && end - lastChange <= CONTEXT * 2) {
      if (ops[end][0] !== ' ') lastChange = end
      end++
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1)
    const slice = ops.slice(start, end)
    const countA = slice.filter(([k]) => k !== '+').length
    const countB = slice.filter(([k]) => k !== '-').length
    const fromA = countA === 0 ? counters[start].a - 1 : counters[start].a
    const fromB = countB === 0 ? counters[start].b - 1 : counters[start].b
    hunks.push(
      `@@ -${fromA},${countA} +${fromB},${countB} @@\n` + slice.map(([k, l]) => k + l).join('\n')
    )
    i = end
  }
  const patch = hunks.join('\n')
  return patch.length > MAX_PATCH ? undefined : patch
}

function textDiff(
  before: Buffer | undefined,
  after: Buffer | undefined
): { additions: number; deletions: number; patch?: string } {
  if ((before && isBinary(before)) || (after && isBinary(after))) {
    return { additions: 0, deletions: 0 }
  }
  const ops = lineOps(
    splitLines(before?.toString('utf8') ?? ''),
    splitLines(after?.toString('utf8') ?? '')
  )
  const additions = ops.filter(([k]) => k === '+').length
  const deletions = ops.filter(([k]) => k === '-').length
  if (additions + deletions === 0) return { additions, deletions }
  return { additions, deletions, patch: unifiedPatch(ops) }
}

/** GitHub-style file list between two snapshots, sorted by filename, with exact-content renames. */
export function diffFiles(base: Map<string, StoredFile>, head: Map<string, StoredFile>): RawDiff[] {
  const out: RawDiff[] = []
  const removed: StoredFile[] = []
  const added: StoredFile[] = []
  for (const [path, file] of base) {
    const next = head.get(path)
    if (!next) removed.push(file)
    else if (next.sha !== file.sha) {
      out.push({
        filename: path,
        status: 'modified',
        sha: next.sha,
        ...textDiff(file.data, next.data)
      })
    } else if (next.mode !== file.mode) {
      out.push({ filename: path, status: 'changed', sha: next.sha, additions: 0, deletions: 0 })
    }
  }
  for (const [path, file] of head) if (!base.has(path)) added.push(file)
  const removedBySha = new Map<string, StoredFile[]>()
  for (const file of removed) {
    const list = removedBySha.get(file.sha) ?? []
    list.push(file)
    removedBySha.set(file.sha, list)
  }
  const renamedFrom = new Set<string>()
  for (const file of added) {
    const source = removedBySha.get(file.sha)?.shift()
    if (source) {
      renamedFrom.add(source.path)
      out.push({
        filename: file.path,
        status: 'renamed',
        previous_filename: source.path,
        sha: file.sha,
        additions: 0,
        deletions: 0
      })
    } else {
      out.push({
        filename: file.path,
        status: 'added',
        sha: file.sha,
        ...textDiff(undefined, file.data)
      })
    }
  }
  for (const file of removed) {
    if (renamedFrom.has(file.path)) continue
    out.push({
      filename: file.path,
      status: 'removed',
      sha: file.sha,
      ...textDiff(file.data, undefined)
    })
  }
  return out.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))
}

/** Ancestors of `sha` including itself; unknown parents are skipped. */
export function ancestors(commits: Map<string, FakeCommit>, sha: string): Set<string> {
  const seen = new Set<string>()
  const stack = [sha]
  while (stack.length > 0) {
    const next = stack.pop() as string
    if (seen.has(next)) continue
    seen.add(next)
    for (const parent of commits.get(next)?.parents ?? []) stack.push(parent)
  }
  return seen
}

/** A best common ancestor (one that is not an ancestor of another common ancestor), as git does. */
export function mergeBase(commits: Map<string, FakeCommit>, a: string, b: string): string | null {
  const ofA = ancestors(commits, a)
  const common = [...ancestors(commits, b)].filter((sha) => ofA.has(sha))
  const best = common.filter(
    (candidate) =>
      !common.some((other) => other !== candidate && ancestors(commits, other).has(candidate))
  )
  return best[0] ?? null
}

/** Commits reachable from `head` but not from `base`, parents before children. */
export function commitsBetween(
  commits: Map<string, FakeCommit>,
  base: string,
  head: string
): string[] {
  const excluded = ancestors(commits, base)
  const order: string[] = []
  const done = new Set<string>()
  const visit = (sha: string): void => {
    if (done.has(sha) || excluded.has(sha)) return
    done.add(sha)
    for (const parent of commits.get(sha)?.parents ?? []) visit(parent)
    order.push(sha)
  }
  visit(head)
  return order
}
