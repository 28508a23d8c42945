import { describe, expect, it } from 'vitest'
import { globToRegExp, PathFilter, splitList } from '../../src/io/glob.js'
import { inShard } from '../../src/run/shard.js'

describe('globs', () => {
  it('match whole repository paths', () => {
    const f = new PathFilter(['**/config.json'], ['test/**'])
    expect(f.matches('config.json')).toBe(true)
    expect(f.matches('models/a/b/config.json')).toBe(true)
    expect(f.matches('models/a/config.json.bak')).toBe(false)
    expect(f.matches('test/fixtures/x/config.json')).toBe(false)
  })

  it('know *, ?, {a,b} and [..] and keep regex characters literal', () => {
    expect(globToRegExp('models/*/config.json').test('models/a/config.json')).toBe(true)
    expect(globToRegExp('models/*/config.json').test('models/a/b/config.json')).toBe(false)
    expect(globToRegExp('m?/{a,b}.json').test('m1/b.json')).toBe(true)
    expect(globToRegExp('[ab].(json)').test('a.(json)')).toBe(true)
    expect(globToRegExp('a+b.json').test('aab.json')).toBe(false)
  })

  it('split lists on newlines and on commas outside braces', () => {
    expect(splitList('a/**, {x,y}/*.json\n\n b ')).toEqual(['a/**', '{x,y}/*.json', 'b'])
  })
})

describe('shards', () => {
  it('put every path in exactly one of n shards, the same one every time', () => {
    const paths = Array.from({ length: 1000 }, (_, i) => `zoo/model-${i}/config.json`)
    const shards = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })))
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(1000)
    expect(new Set(shards.flat()).size).toBe(1000)
    for (const s of shards) expect(s.length).toBeGreaterThan(150)
    expect(paths.filter((p) => inShard(p, { index: 2, count: 4 }))).toEqual(shards[1])
  })
})
