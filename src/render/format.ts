import type { Delta } from '../engine/changes.js'

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const

/** Binary units, at most three significant decimals: "4 GiB", "1.53 MiB", "640 B". */
export function formatBytes(value: bigint | number): string {
  const n = BigInt(value)
  const negative = n < 0n
  const abs = negative ? -n : n
  let unit = 0
  let divisor = 1n
  while (unit < UNITS.length - 1 && abs >= divisor * 1024n) {
    divisor *= 1024n
    unit++
  }
  const scaled = Number(abs) / Number(divisor)
  const digits = scaled >= 100 ? 1 : 2
  const text = unit === 0 ? String(abs) : trimZeros(scaled.toFixed(digits))
  return `${negative ? '−' : ''}${text} ${UNITS[unit]}`
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** 1234567 → "1,234,567" (exact, for details). */
export function formatExact(value: bigint | number): string {
  const s = BigInt(value).toString()
  const negative = s.startsWith('-')
  const digits = negative ? s.slice(1) : s
  return (negative ? '−' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 32768 → "32K", 131072 → "128K", 1000 → "1000". */
export function formatTokens(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)}M`
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}K`
  return String(n)
}

export function formatPercent(p: number): string {
  const text = Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2)
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${trimZeros(text.replace('-', ''))}%`
}

/** "▲ +1 GiB (+33.33%)", "▼ −512 MiB (−12.5%)", "±0". */
export function formatDelta(delta: Delta): string {
  if (delta.bytes === 0n) return '±0'
  const arrow = delta.bytes > 0n ? '▲' : '▼'
  const sign = delta.bytes > 0n ? '+' : ''
  const pct = delta.percent === null ? '' : ` (${formatPercent(delta.percent)})`
  return `${arrow} ${sign}${formatBytes(delta.bytes)}${pct}`
}
