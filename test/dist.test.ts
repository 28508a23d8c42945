import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from './support/action-harness.js'

/** The Action runs dist/, so the committed bundle must be exactly what a fresh build makes. */
it('dist/ equals a fresh build', { timeout: 180_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'cachespec-dist-'))
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', out], {
      cwd: ROOT,
      stdio: 'pipe'
    })
    const committed = readdirSync(join(ROOT, 'dist')).sort()
    expect(readdirSync(out).sort()).toEqual(committed)
    for (const file of committed) {
      const fresh = readFileSync(join(out, file))
      const current = readFileSync(join(ROOT, 'dist', file))
      expect(
        fresh.equals(current),
        `dist/${file} differs from a fresh build: run npm run build and commit dist/`
      ).toBe(true)
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
