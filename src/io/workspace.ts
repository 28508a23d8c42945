import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  type Dirent
} from 'node:fs'
import { join, posix } from 'node:path'
import { readLimit, WEIGHT_INDEX_NAME, type FileContent } from './content.js'
import type { PathFilter } from './glob.js'

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export interface WorkspaceListing {
  /** Matching regular files, repository-relative with `/`, sorted. */
  files: string[]
  /** Matching paths that are symlinks, and symlinked folders (not followed). */
  symlinks: string[]
  /** Weight indexes seen on the way, so configs without one need no failed open. */
  weightIndexes: Set<string>
}

/**
 * Walks a folder without following symlinks. A symlinked file that matches, or a symlinked
 * folder, is listed as such so it can be reported; no byte behind a link is ever read.
 */
export function listWorkspace(root: string, filter: PathFilter): WorkspaceListing {
  const files: string[] = []
  const symlinks: string[] = []
  const weightIndexes = new Set<string>()
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let entries: Dirent[]
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isSymbolicLink()) {
        if (filter.matches(path) || filter.matches(`${path}/config.json`)) symlinks.push(path)
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path)
      } else if (entry.isFile()) {
        if (filter.matches(path)) files.push(path)
        if (entry.name === WEIGHT_INDEX_NAME) weightIndexes.add(path)
      }
    }
  }
  return { files: files.sort(), symlinks: symlinks.sort(), weightIndexes }
}

/**
 * Reads repository-relative files under one root: every folder on the way is checked not to be a
 * symlink (each folder once), a file is opened with O_NOFOLLOW, and its size is checked on the
 * open descriptor before anything is read. Local reads are synchronous: a scan of ten thousand
 * small files is bound by system calls, not by waiting.
 */
export class WorkspaceReader {
  private readonly folders = new Map<string, 'ok' | 'symlink' | 'missing'>()

  constructor(private readonly root: string) {}

  read(path: string): FileContent {
    const maxBytes = readLimit(path)
    const parts = path.split('/')
    if (parts.some((p) => p === '..' || p === '' || p === '.'))
      return { kind: 'unreadable', reason: 'not a plain relative path' }
    for (let i = 1; i < parts.length; i++) {
      const folder = this.folder(parts.slice(0, i).join('/'))
      if (folder !== 'ok') return { kind: folder }
    }
    let fd: number
    try {
      fd = openSync(join(this.root, ...parts), constants.O_RDONLY | constants.O_NOFOLLOW)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' }
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
      return { kind: 'unreadable', reason: code ?? 'open failed' }
    }
    try {
      const st = fstatSync(fd)
      if (!st.isFile()) return { kind: 'unreadable', reason: 'not a regular file' }
      if (st.size > maxBytes) return { kind: 'too-large', byteLength: st.size }
      const buffer = Buffer.allocUnsafe(st.size)
      let filled = 0
      while (filled < st.size) {
        const n = readSync(fd, buffer, filled, st.size - filled, filled)
        if (n === 0) break
        filled += n
      }
      return { kind: 'text', text: buffer.toString('utf8', 0, filled), byteLength: filled }
    } finally {
      closeSync(fd)
    }
  }

  private folder(path: string): 'ok' | 'symlink' | 'missing' {
    let state = this.folders.get(path)
    if (state === undefined) {
      try {
        const st = lstatSync(join(this.root, path))
        state = st.isSymbolicLink() ? 'symlink' : st.isDirectory() ? 'ok' : 'missing'
      } catch {
        state = 'missing'
      }
      this.folders.set(path, state)
    }
    return state
  }
}

export function toPosix(path: string): string {
  return path.split(/[\\/]+/).join(posix.sep)
}
