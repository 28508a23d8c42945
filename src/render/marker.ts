/**
 * The hidden first line of a sticky comment: which report it is (the comment key) and which head
 * commit it describes. Only a comment whose body starts with it, written by the bot itself, is
 * ever edited; a human quoting the marker elsewhere is left alone.
 */
const PREFIX = '<!-- cachespec:comment'
const MARKER = /^<!-- cachespec:comment key=([A-Za-z0-9_.-]{1,64}) head=([0-9a-f]{0,64}) -->/

export function commentMarker(key: string, headSha: string): string {
  return `${PREFIX} key=${key} head=${headSha} -->`
}

export function readMarker(
  body: string | null | undefined
): { key: string; headSha: string } | null {
  if (!body?.startsWith(PREFIX)) return null
  const m = MARKER.exec(body)
  return m ? { key: m[1], headSha: m[2] } : null
}
