import { readLimit, type FileContent } from '../io/content.js'
import { SYMLINK_MODE, type Git, type TreeEntry } from '../io/git.js'

/**
 * The files of one commit, read through git (never the working tree): modes come from the tree,
 * so a symlink is known as one and its target is never read.
 */
export class GitRevision {
  private constructor(
    private readonly git: Git,
    readonly sha: string,
    private readonly entries: Map<string, TreeEntry>
  ) {}

  static async open(git: Git, sha: string): Promise<GitRevision> {
    const entries = new Map((await git.listTree(sha)).map((e) => [e.path, e]))
    return new GitRevision(git, sha, entries)
  }

  paths(): string[] {
    return [...this.entries.keys()].sort()
  }

  async read(paths: readonly string[]): Promise<Map<string, FileContent>> {
    const out = new Map<string, FileContent>()
    const wanted: TreeEntry[] = []
    for (const path of paths) {
      const entry = this.entries.get(path)
      const limit = readLimit(path)
      if (!entry) out.set(path, { kind: 'missing' })
      else if (entry.mode === SYMLINK_MODE) out.set(path, { kind: 'symlink' })
      else if (entry.size !== null && entry.size > limit)
        out.set(path, { kind: 'too-large', byteLength: entry.size })
      else wanted.push(entry)
    }
    const blobs = await this.git.readBlobs(wanted.map((e) => e.blob))
    for (const entry of wanted) {
      const data = blobs.get(entry.blob)
      out.set(
        entry.path,
        data
          ? { kind: 'text', text: data.toString('utf8'), byteLength: data.length }
          : { kind: 'missing' }
      )
    }
    return out
  }
}
