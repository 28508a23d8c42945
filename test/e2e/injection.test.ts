// Issue 4: workflow-command injection. Config keys and values and file names carrying
// "\n::error::", "::stop-commands::" or "%0A" never become workflow commands on stdout: every line
// starting with "::" is one of the Action's own, and hostile text only appears escaped inside one.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction, workflowDispatchPayload } from '../support/action-harness.js'
import { FakeGitHub } from '../support/fake-github.js'
import {
  byPath,
  commands,
  IDENTITY,
  lineOf,
  LLAMA,
  Pr,
  QWEN3,
  readReport,
  runPr,
  Scratch,
  setKey,
  timedRun,
  type E2eRun,
  useFakeGitHub
} from './helpers.js'

let fake: FakeGitHub
const scratch = new Scratch()
useFakeGitHub((started) => (fake = started), scratch)

// File names (git and the fake keep them byte for byte).
const NEWLINE_DIR = 'models/evil\n::error::pwned-name/config.json'
const STOP_DIR = 'models/::stop-commands::x/config.json'
const PERCENT_DIR = 'models/pct%0A::warning::pwned-pct-name/config.json'
// Values and keys (JSON escapes: \n in a JSON string is a newline in the value).
const VALUES = setKey(
  setKey(LLAMA, 'model_type', '"llama\\n::error::pwned-type"'),
  'torch_dtype',
  '"::stop-commands::x"'
).replace(
  '{',
  '{\n  "\\n::error::pwned-key": 1,\n  "%0A::warning::pwned-pct-key": "%0A::error::pwned-pct-value",'
)
const SIZES = setKey(QWEN3, 'num_key_value_heads', '"8\\n::error::pwned-size"')

const FILES = {
  [NEWLINE_DIR]: setKey(LLAMA, 'num_key_value_heads', 6),
  // Broken too, so that their names reach annotations and the gate's failure message.
  [STOP_DIR]: setKey(LLAMA, 'num_key_value_heads', 6),
  [PERCENT_DIR]: setKey(QWEN3, 'num_key_value_heads', 5),
  'models/values/config.json': VALUES,
  'models/sizes/config.json': SIZES
}

const OWN_COMMANDS = new Set(['debug', 'error', 'warning', 'notice', 'group', 'endgroup'])

function expectNoInjectedCommands(run: E2eRun): void {
  for (const line of [...run.stdout.split('\n'), ...run.stderr.split('\n')]) {
    if (!line.startsWith('::')) continue
    const command = commands({ ...run, commands: [line] })[0]
    expect(command, line).toBeDefined()
    expect(OWN_COMMANDS.has(command.name), line).toBe(true)
    // Hostile text may only appear inside a command's escaped data, never as the start of a line.
    expect(line, line).not.toMatch(
      /^::(error|warning|notice|debug|stop-commands|add-mask)::(pwned|x)/
    )
  }
  expect(run.stdout).not.toMatch(/^::stop-commands::/m)
  expect(run.stdout).not.toMatch(/^::(error|warning)::pwned/m)
  expect(run.stderr).not.toMatch(/^::/m)
  // A literal "%0A" from the input is escaped as %250A, so the runner cannot read it as a newline.
  expect(run.stdout).not.toMatch(/(?<!%25)%0A::(warning|error)::pwned-pct/)
  // Each annotation property (file=…) is escaped: no raw ':' ',' or newline from a path.
  for (const c of commands(run)) {
    const props = /^::[a-z-]+ ([^:]*)::/.exec(c.line)?.[1] ?? ''
    expect(props, c.line).not.toMatch(/[\n\r]/)
  }
}

describe('workflow-command injection', () => {
  it('pull_request with a workspace: no command comes from config text or file names', async () => {
    const pr = Pr.open(fake, scratch, 121, { 'README.md': 'zoo\n' }, FILES)
    const run = await runPr(pr)
    expectNoInjectedCommands(run)
    expect(run.exitCode).toBe(1)
    expect(fake.comments(121)).toHaveLength(1)
    // The hostile names did reach the log, escaped: as annotation properties and in the failure.
    const files = commands(run, 'error').map((c) => c.properties.file)
    expect(files).toContain(STOP_DIR)
    expect(files).toContain(PERCENT_DIR)
    expect(run.stdout).toContain('file=models/%3A%3Astop-commands%3A%3Ax/config.json')
    expect(run.stdout).toContain(
      'file=models/pct%250A%3A%3Awarning%3A%3Apwned-pct-name/config.json'
    )
  })

  it('pull_request through the API: the same', async () => {
    const pr = Pr.open(fake, scratch, 122, { 'README.md': 'zoo\n' }, FILES)
    const out = scratch.dir()
    const run = await runPr(pr, { workspace: null, inputs: { 'report-path': join(out, 'r.json') } })
    expectNoInjectedCommands(run)
    expect(run.exitCode).toBe(1)
  })

  it('workflow_dispatch audit: the same', async () => {
    const repo = scratch.repo()
    const sha = repo.commit(FILES)
    repo.mirror(fake)
    for (const workspace of [scratch.workspace(repo, 'main'), null]) {
      const out = scratch.dir()
      const run = await timedRun(fake, () =>
        runAction({
          fake,
          eventName: 'workflow_dispatch',
          payload: workflowDispatchPayload(IDENTITY),
          sha,
          workspace,
          inputs: { 'report-path': join(out, 'r.json') }
        })
      )
      expectNoInjectedCommands(run)
      expect(run.exitCode).toBe(1)
    }
  })
})

describe('hostile file names stay intact and are gated', () => {
  // Every config is reported whatever its folder is called; a newline in a folder name must not
  // take a config out of '**/config.json' (that would hide it from the gate).
  for (const workspace of [true, false]) {
    it(`a broken config in a folder named with a newline fails the gate (${workspace ? 'workspace' : 'API'})`, async () => {
      const number = workspace ? 123 : 124
      const broken = setKey(LLAMA, 'num_key_value_heads', 6)
      const pr = Pr.open(fake, scratch, number, { 'README.md': 'zoo\n' }, { [NEWLINE_DIR]: broken })
      const out = scratch.dir()
      const run = await runPr(pr, {
        workspace: workspace ? pr.workspace() : null,
        inputs: { 'report-path': join(out, 'r.json') }
      })
      expectNoInjectedCommands(run)
      expect(readReport(run).changes?.map((c) => c.path)).toEqual([NEWLINE_DIR])
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({ failed: 'true', 'changed-models': '1' })
      const onFile = commands(run, 'error').filter((c) => c.properties.file === NEWLINE_DIR)
      expect(onFile).toHaveLength(1)
      expect(onFile[0].line).toContain('file=models/evil%0A%3A%3Aerror%3A%3Apwned-name/config.json')
      expect(onFile[0].properties.line).toBe(String(lineOf(broken, '"num_key_value_heads"')))
    })
  }

  it('every hostile name in the mix is reported (workspace and API agree)', async () => {
    const pr = Pr.open(fake, scratch, 125, { 'README.md': 'zoo\n' }, FILES)
    const out = scratch.dir()
    const ws = await runPr(pr, {
      inputs: { 'report-path': join(out, 'ws.json'), comment: 'never' }
    })
    const api = await runPr(pr, {
      workspace: null,
      inputs: { 'report-path': join(out, 'api.json'), comment: 'never' }
    })
    for (const run of [ws, api]) {
      expect(
        readReport(run)
          .changes?.map((c) => c.path)
          .sort()
      ).toEqual(Object.keys(FILES).sort())
      expect(run.outputs['changed-models']).toBe(String(Object.keys(FILES).length))
    }
    expect(byPath(readReport(api).changes)).toEqual(byPath(readReport(ws).changes))
  })
})
