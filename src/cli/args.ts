/** A small, strict argument parser: unknown flags and missing values are usage errors. */
export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | null
  flags: Map<string, string[]>
  positionals: string[]
}

export function parseArgs(
  argv: readonly string[],
  known: ReadonlySet<string>,
  booleans: ReadonlySet<string>
): ParsedArgs {
  const flags = new Map<string, string[]>()
  const positionals: string[] = []
  let command: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq === -1 ? undefined : eq)
      if (!known.has(name) && !booleans.has(name)) throw new UsageError(`unknown option --${name}`)
      let value: string
      if (booleans.has(name)) value = 'true'
      else if (eq !== -1) value = arg.slice(eq + 1)
      else {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`)
        value = argv[++i]
      }
      flags.set(name, [...(flags.get(name) ?? []), value])
    } else if (arg.startsWith('-') && arg !== '-') {
      if (arg === '-h') flags.set('help', ['true'])
      else throw new UsageError(`unknown option ${arg}`)
    } else if (command === null) command = arg
    else positionals.push(arg)
  }
  return { command, flags, positionals }
}

/** The last value of a flag, or the fallback. */
export function flag(args: ParsedArgs, name: string, fallback: string): string {
  const values = args.flags.get(name)
  return values ? values[values.length - 1] : fallback
}

/** Every value of a repeatable flag, joined as a list. */
export function flagList(args: ParsedArgs, name: string, fallback: string): string {
  return args.flags.get(name)?.join('\n') ?? fallback
}
