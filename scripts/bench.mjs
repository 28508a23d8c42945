// npm run bench: how much slower than "read and JSON.parse every file" is a full scan?
// Generates a zoo of 10,000 configs (variations of the real corpus), then times, in one run,
// the built CLI's scan against a bare baseline over the same files, each in a fresh process,
// and reports both times, their ratio, configs per second and peak RSS. Goal: ratio ≤ 1.5.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const COUNT = Number(process.env.BENCH_CONFIGS ?? 10_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const corpusDir = join(root, 'test/fixtures/corpus')
const corpus = readdirSync(corpusDir)
  .filter((d) => !d.endsWith('.md'))
  .map((d) => readFileSync(join(corpusDir, d, 'config.json'), 'utf8'))

const zoo = mkdtempSync(join(tmpdir(), 'cachespec-bench-'))
for (let i = 0; i < COUNT; i++) {
  // Vary a value that does not move the layer count, so every config stays a real, valid shape.
  const text = corpus[i % corpus.length].replace(
    /"vocab_size": (\d+)/,
    (_, v) => `"vocab_size": ${Number(v) + i}`
  )
  mkdirSync(join(zoo, `org-${i % 97}`, `model-${i}`), { recursive: true })
  writeFileSync(join(zoo, `org-${i % 97}`, `model-${i}`, 'config.json'), text)
}

const child = join(zoo, 'child.mjs')
writeFileSync(
  child,
  `import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n'))
const [mode, dir, cli] = process.argv.slice(2)
if (mode === 'baseline') {
  let parsed = 0
  for (const org of readdirSync(dir, { withFileTypes: true })) {
    if (!org.isDirectory()) continue
    for (const model of readdirSync(join(dir, org.name))) {
      try { JSON.parse(readFileSync(join(dir, org.name, model, 'config.json'), 'utf8')); parsed++ } catch {}
    }
  }
} else {
  process.argv = [process.argv[0], cli, 'scan', dir, '--format', 'table']
  await import(cli)
}
`
)

function measure(mode) {
  const times = []
  let rss = 0
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint()
    const run = spawnSync(process.execPath, [child, mode, zoo, join(root, 'dist/cli.js')], {
      encoding: 'utf8',
      maxBuffer: 1 << 30
    })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    const m = /RSS (\d+)/.exec(run.stderr)
    if (!m) throw new Error(`${mode} failed:\n${run.stderr}`)
    rss = Math.max(rss, Number(m[1]))
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], rssMiB: rss / 1024 }
}

try {
  const baseline = measure('baseline')
  const scan = measure('scan')
  const ratio = scan.ms / baseline.ms
  console.log(`configs:              ${COUNT} (median of ${ROUNDS} runs, each in a fresh process)`)
  console.log(
    `baseline read+parse:  ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.rssMiB.toFixed(0)} MiB`
  )
  console.log(
    `cachespec scan:       ${scan.ms.toFixed(0)} ms, peak RSS ${scan.rssMiB.toFixed(0)} MiB`
  )
  console.log(`ratio:                ${ratio.toFixed(2)} (goal ≤ 1.5)`)
  console.log(`throughput:           ${Math.round(COUNT / (scan.ms / 1000))} configs/s`)
} finally {
  rmSync(zoo, { recursive: true, force: true })
}
