import { describe, expect, it } from 'vitest'
import { isoTime } from '../calls/iso-time'

const DAY = 86_400_000
const LAST = 253_402_300_799_999 // 9999-12-31T23:59:59.999Z
const asDate = (ms: number) => {
  try {
    return new Date(ms).toISOString()
  } catch (error) {
    return error instanceof Error ? error.name : 'thrown'
  }
}
const asIsoTime = (ms: number) => {
  try {
    return isoTime(ms)
  } catch (error) {
    return error instanceof Error ? error.name : 'thrown'
  }
}

// A fixed sequence, so a failure names the same millisecond on every run.
function* sequence(seed: number, count: number) {
  let x = seed
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0
    yield x
  }
}

describe('isoTime writes what Date#toISOString writes', () => {
  it('on every day from 1970 to 2440, at a different time of day each', () => {
    const times = sequence(1, 200_000)
    for (let day = 0; day < 172_000; day++) {
      const ms = day * DAY + ((times.next().value as number) % DAY)
      if (isoTime(ms) !== asDate(ms)) expect(isoTime(ms)).toBe(asDate(ms))
    }
  })

  it('at the first and last millisecond of days where the calendar turns', () => {
    for (const date of [
      '1970-01-01',
      '1970-03-01',
      '1999-12-31',
      '2000-02-29',
      '2000-03-01',
      '2024-02-29',
      '2100-02-28',
      '2100-03-01',
      '2400-02-29',
      '9999-12-31',
    ]) {
      const first = Date.parse(`${date}T00:00:00.000Z`)
      for (const ms of [first, first + DAY - 1, first - 1])
        if (ms >= 0) expect(isoTime(ms), date).toBe(asDate(ms))
    }
  })

  it('on whole milliseconds anywhere up to year 9999', () => {
    const parts = sequence(7, 40_000)
    for (let i = 0; i < 20_000; i++) {
      const ms = ((parts.next().value as number) * 59_000 + (parts.next().value as number)) % LAST
      if (isoTime(ms) !== asDate(ms)) expect(isoTime(ms)).toBe(asDate(ms))
    }
  })

  it('at the edges of the fast path, and past them as Date does (or throws as Date throws)', () => {
    for (const ms of [0, 1, 999, 1000, 59_999, 3_599_999, DAY - 1, LAST - 1, LAST, LAST + 1])
      expect(isoTime(ms), String(ms)).toBe(asDate(ms))
    for (const ms of [-1, -DAY, -62_198_755_200_000, 1.5, -0.5, LAST + 0.5, 8.64e15, -8.64e15])
      expect(asIsoTime(ms), String(ms)).toBe(asDate(ms))
    expect(isoTime(LAST + 1)).toBe('+010000-01-01T00:00:00.000Z')
    expect(isoTime(-1)).toBe('1969-12-31T23:59:59.999Z')
    for (const ms of [NaN, Infinity, -Infinity, 8.64e15 + 1])
      expect(() => isoTime(ms), String(ms)).toThrow(RangeError)
  })
})
