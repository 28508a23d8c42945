import { constants, type Dirent } from 'node:fs'
import { lstat, open, readdir } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { MAX_CONFIG_BYTES } from '../engine/options.js'
import type { FileContent } from './content.js'
import type { PathFilter } from './glob.js'

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export interface WorkspaceListing {
  /** Matching regular files, repository-relative with `/`, sorted. */
  files: string[]
  /** Matching paths that are symlinks, and symlinked folders (not followed). */
  symlinks: string[]
}

/**
 * Walks a folder without following symlinks. A symlinked file that matches, or a symlinked
 * folder, is listed as such so it can be reported; no byte behind a link is ever read.
 */
export async function listWorkspace(root: string, filter: PathFilter): Promise<WorkspaceListing> {
  const files: string[] = []
  const symlinks: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let entries: Dirent[]
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isSymbolicLink()) {
        if (filter.matches(path) || filter.matches(`${path}/config.json`)) symlinks.push(path)
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path)
      } else if (entry.isFile() && filter.matches(path)) {
        files.push(path)
      }
    }
  }
  return { files: files.sort(), symlinks: symlinks.sort() }
}

/**
 * Reads one repository-relative file: every folder on the way is checked not to be a symlink, the
 * file is opened with O_NOFOLLOW, and its size is checked on the open descriptor before reading.
 */
export async function readWorkspaceFile(root: string, path: string, maxBytes = MAX_CONFIG_BYTES): Promise<FileContent> {
  const parts = path.split('/')
  if (parts.some((p) => p === '..' || p === '' || p === '.')) return { kind: 'unreadable', reason: 'not a plain relative path' }
  for (let i = 1; i < parts.length; i++) {
    try {
      const st = await lstat(join(root, ...parts.slice(0, i)))
      if (st.isSymbolicLink()) return { kind: 'symlink' }
      if (!st.isDirectory()) return { kind: 'missing' }
    } catch {
      return { kind: 'missing' }
    }
  }
  let handle
  try {
    handle = await open(join(root, ...parts), constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' }
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
    return { kind: 'unreadable', reason: code ?? 'open failed' }
  }
  try {
    const st = await handle.stat()
    if (!st.isFile()) return { kind: 'unreadable', reason: 'not a regular file' }
    if (st.size > maxBytes) return { kind: 'too-large', byteLength: st.size }
    const buffer = Buffer.alloc(st.size)
    const { bytesRead } = await handle.read(buffer, 0, st.size, 0)
    return { kind: 'text', text: buffer.subarray(0, bytesRead).toString('utf8'), byteLength: bytesRead }
  } finally {
    await handle.close()
  }
}

export function toPosix(path: string): string {
  return path.split(/[\\/]+/).join(posix.sep)
}
