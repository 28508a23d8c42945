import { spawn } from 'node:child_process'
import type { ChangeKind } from '../engine/changes.js'

export class GitError extends Error {}

/** One changed path from `git diff --raw -z -M`. */
export interface RawChange {
  change: ChangeKind
  path: string
  previousPath: string | null
  baseMode: string
  headMode: string
  baseBlob: string
  headBlob: string
}

/** One entry from `git ls-tree -r -l -z`. */
export interface TreeEntry {
  path: string
  mode: string
  blob: string
  size: number | null
}

export const SYMLINK_MODE = '120000'

/**
 * Git, run without a shell: paths travel NUL-separated (`-z`), so names with newlines, quotes or
 * pipes stay intact, and no configured diff driver or text conversion can run.
 */
export class Git {
  constructor(readonly cwd: string) {}

  run(args: string[], input?: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
        cwd: this.cwd,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout?.on('data', (d: Buffer) => out.push(d))
      child.stderr?.on('data', (d: Buffer) => err.push(d))
      child.on('error', (e) => reject(new GitError(`git could not be started: ${e.message}`)))
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out))
        else
          reject(
            new GitError(`git ${args[0]} failed: ${Buffer.concat(err).toString('utf8').trim()}`)
          )
      })
      if (input !== undefined && child.stdin) {
        // git may exit before reading all of stdin (it fails early); that is reported by `close`.
        child.stdin.on('error', () => {})
        child.stdin.end(input)
      }
    })
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8').trim()
  }

  async isRepository(): Promise<boolean> {
    try {
      return (await this.text(['rev-parse', '--is-inside-work-tree'])) === 'true'
    } catch {
      return false
    }
  }

  async topLevel(): Promise<string> {
    return this.text(['rev-parse', '--show-toplevel'])
  }

  /** The commit a revision names, or null. */
  async resolve(rev: string): Promise<string | null> {
    if (rev.startsWith('-')) return null
    try {
      return await this.text([
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${rev}^{commit}`
      ])
    } catch {
      return null
    }
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    try {
      return await this.text(['merge-base', a, b])
    } catch {
      return null
    }
  }

  /** Fetches commits the shallow checkout lacks; false when the remote refuses or is unreachable. */
  async fetchCommits(shas: string[], depth?: number): Promise<boolean> {
    try {
      await this.run([
        'fetch',
        '--no-tags',
        '--quiet',
        ...(depth ? [`--depth=${depth}`] : []),
        'origin',
        ...shas
      ])
      return true
    } catch {
      return false
    }
  }

  async diff(base: string, head: string): Promise<RawChange[]> {
    const out = await this.run([
      'diff',
      '--raw',
      '-z',
      '-M',
      '--no-ext-diff',
      '--no-textconv',
      '--no-abbrev',
      base,
      head,
      '--'
    ])
    return parseRawDiff(out.toString('utf8'))
  }

  async listTree(rev: string): Promise<TreeEntry[]> {
    const out = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', rev])
    const entries: TreeEntry[] = []
    for (const record of out.toString('utf8').split('\0')) {
      if (record === '') continue
      const tab = record.indexOf('\t')
      const [mode, type, blob, size] = record.slice(0, tab).split(/\s+/)
      if (type !== 'blob') continue
      entries.push({
        path: record.slice(tab + 1),
        mode,
        blob,
        size: size === '-' ? null : Number(size)
      })
    }
    return entries
  }

  /** Blob sizes by object id (absent when the object is missing). */
  async blobSizes(blobs: readonly string[]): Promise<Map<string, number>> {
    const unique = [...new Set(blobs)]
    const sizes = new Map<string, number>()
    if (unique.length === 0) return sizes
    const out = await this.run(['cat-file', '--batch-check'], unique.join('\n') + '\n')
    for (const line of out.toString('utf8').split('\n')) {
      const [blob, type, size] = line.split(' ')
      if (type === 'blob') sizes.set(blob, Number(size))
    }
    return sizes
  }

  /** Blob contents by object id, in one `git cat-file --batch` process. */
  async readBlobs(blobs: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(blobs)]
    const result = new Map<string, Buffer>()
    if (unique.length === 0) return result
    const out = await this.run(['cat-file', '--batch'], unique.join('\n') + '\n')
    let pos = 0
    for (const blob of unique) {
      const eol = out.indexOf(0x0a, pos)
      const header = out.subarray(pos, eol).toString('utf8').split(' ')
      pos = eol + 1
      if (header[1] === 'missing') continue
      const size = Number(header[2])
      result.set(blob, out.subarray(pos, pos + size))
      pos += size + 1
    }
    return result
  }
}

const STATUS: Record<string, ChangeKind> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  T: 'modified',
  R: 'renamed',
  C: 'added'
}

export function parseRawDiff(raw: string): RawChange[] {
  const fields = raw.split('\0')
  const changes: RawChange[] = []
  let i = 0
  while (i < fields.length && fields[i] !== '') {
    const [baseMode, headMode, baseBlob, headBlob, status] = fields[i].slice(1).split(' ')
    const letter = status[0]
    const twoPaths = letter === 'R' || letter === 'C'
    const first = fields[i + 1]
    const second = twoPaths ? fields[i + 2] : null
    i += twoPaths ? 3 : 2
    const change = STATUS[letter]
    if (!change) continue
    changes.push({
      change,
      path: second ?? first,
      previousPath: letter === 'R' ? first : null,
      baseMode,
      headMode,
      baseBlob,
      headBlob
    })
  }
  return changes
}
