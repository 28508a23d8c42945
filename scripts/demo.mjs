// `npm run demo`: the comment cachespec would post on a pull request of the example zoo.
// examples/zoo/base is the zoo on main, examples/zoo/head the same zoo after a model refresh;
// both are committed to a throwaway git repository and compared with the built CLI, exactly as
// the Action compares a pull request (cachespec diff --format markdown prints its comment).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing; run npm run build first.')
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'cachespec-demo-'))
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Zoo Keeper',
  GIT_AUTHOR_EMAIL: 'zoo@example.com',
  GIT_COMMITTER_NAME: 'Zoo Keeper',
  GIT_COMMITTER_EMAIL: 'zoo@example.com'
}
const git = (...args) =>
  execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] })
try {
  git('init', '-q', '-b', 'main')
  cpSync(join(root, 'examples/zoo/base'), join(dir, 'models'), { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'The zoo on main')
  git('checkout', '-q', '-b', 'model-refresh')
  rmSync(join(dir, 'models'), { recursive: true })
  cpSync(join(root, 'examples/zoo/head'), join(dir, 'models'), { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'Refresh the zoo: Qwen3, Mistral v0.3, Qwen3.5 and gpt-oss; drop phi-2')
  const run = spawnSync(
    process.execPath,
    [cli, 'diff', '--base', 'main', '--head', 'model-refresh', '--format', 'markdown'],
    {
      cwd: dir,
      env: { ...env, GITHUB_REPOSITORY: '' },
      stdio: ['ignore', 'inherit', 'inherit']
    }
  )
  process.exitCode = run.status ?? 2
} finally {
  rmSync(dir, { recursive: true, force: true })
}
