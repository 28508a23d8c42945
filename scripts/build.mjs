// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with ncc. `--out <dir>` builds
// elsewhere, which the dist check uses to compare a fresh build with the committed dist/.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const outFlag = process.argv.indexOf('--out')
const out = resolve(outFlag === -1 ? 'dist' : process.argv[outFlag + 1])
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
const work = mkdtempSync(join(tmpdir(), 'cachespec-build-'))

function bundle(entry, dir) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'],
    {
      stdio: ['ignore', 'inherit', 'inherit']
    }
  )
}

try {
  bundle('src/index.ts', join(work, 'action'))
  bundle('src/cli.ts', join(work, 'cli'))
  rmSync(out, { recursive: true, force: true })
  cpSync(join(work, 'action'), out, { recursive: true })
  const cli = readFileSync(join(work, 'cli', 'index.js'), 'utf8')
  writeFileSync(join(out, 'cli.js'), cli.startsWith('#!') ? cli : `#!/usr/bin/env node\n${cli}`)
  chmodSync(join(out, 'cli.js'), 0o755)
} finally {
  rmSync(work, { recursive: true, force: true })
}
