import type { Finding, RawFinding } from '../findings.js'

/** Turns offsets into 1-based lines and columns; line starts are computed once, on first use. */
export class LineIndex {
  private starts: number[] | null = null

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    const bom = lo === 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0
    return { line: lo + 1, column: Math.max(1, offset - starts[lo] + 1 - bom) }
  }

  locate(raw: RawFinding): Finding {
    const { line, column } = this.position(raw.offset)
    return {
      severity: raw.severity,
      code: raw.code,
      message: raw.message,
      pointer: raw.pointer,
      line,
      column
    }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) starts.push(i + 1)
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1)
  }
  return starts
}
