/** mulberry32: tiny, fast and deterministic; the same seed always yields the same database. */
export function createRandom(seed: number) {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, maxInclusive: number) =>
    min + Math.floor(next() * (maxInclusive - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const hex = (n: number) => {
    let s = ''
    for (let i = 0; i < n; i++) s += Math.floor(next() * 16).toString(16)
    return s
  }
  /** A version-4 shaped GUID. */
  const guid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`
  return { next, int, pick, guid }
}

export type Random = ReturnType<typeof createRandom>
