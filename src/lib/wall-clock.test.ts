import { describe, expect, it } from 'vitest'
import { wallClock, zoneName } from './wall-clock'

const at = (iso: string) => Date.parse(iso)

describe('wallClock: an instant read on a clock in the zone given', () => {
  it.each([
    // [instant, zone, y, mo, d, h, mi, s, ms, offset]
    ['2025-01-10T16:36:27.468Z', 'America/Chicago', 2025, 1, 10, 10, 36, 27, 468, -360],
    ['2025-07-10T16:36:27.468Z', 'America/Chicago', 2025, 7, 10, 11, 36, 27, 468, -300],
    ['2025-01-10T16:36:27.468Z', 'Pacific/Auckland', 2025, 1, 11, 5, 36, 27, 468, 780],
    ['2025-07-10T16:36:27.001Z', 'Asia/Kolkata', 2025, 7, 10, 22, 6, 27, 1, 330],
    ['2025-07-10T16:36:27.000Z', 'Asia/Kathmandu', 2025, 7, 10, 22, 21, 27, 0, 345],
    ['2025-07-10T00:00:00.000Z', 'UTC', 2025, 7, 10, 0, 0, 0, 0, 0],
    // Midnight is hour 0, never 24; the last millisecond of a year stays in it.
    ['2025-12-31T23:59:59.999Z', 'UTC', 2025, 12, 31, 23, 59, 59, 999, 0],
    ['2026-01-01T06:00:00.000Z', 'America/Chicago', 2026, 1, 1, 0, 0, 0, 0, -360],
    // Before 1970 the epoch is negative: the millisecond is still 0–999.
    ['1969-12-31T23:59:59.250Z', 'UTC', 1969, 12, 31, 23, 59, 59, 250, 0],
  ] as const)('%s in %s', (iso, zone, year, month, day, hour, minute, second, ms, offset) => {
    expect(wallClock(at(iso), zone)).toEqual({
      year,
      month,
      day,
      hour,
      minute,
      second,
      millisecond: ms,
      offsetMinutes: offset,
    })
  })

  it('tells the repeated hour of a DST end apart by its offset', () => {
    // Chicago, 2025-11-02: 1:30 AM happens twice, first in CDT (-5), then in CST (-6).
    const first = wallClock(at('2025-11-02T06:30:00Z'), 'America/Chicago')
    const second = wallClock(at('2025-11-02T07:30:00Z'), 'America/Chicago')
    expect([first.hour, first.minute, first.offsetMinutes]).toEqual([1, 30, -300])
    expect([second.hour, second.minute, second.offsetMinutes]).toEqual([1, 30, -360])
  })

  it('reads years below 100 as written, with the right offset', () => {
    const w = wallClock(at('0099-06-10T12:00:00Z'), 'UTC')
    expect([w.year, w.month, w.day, w.hour, w.offsetMinutes]).toEqual([99, 6, 10, 12, 0])
  })

  it('refuses a zone that does not exist', () => {
    expect(() => wallClock(0, 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})

describe('zoneName', () => {
  it.each([
    ['2025-01-10T16:36:27Z', 'America/Chicago', 'CST'],
    ['2025-07-10T16:36:27Z', 'America/Chicago', 'CDT'],
    ['2025-07-10T16:36:27Z', 'America/Los_Angeles', 'PDT'],
    ['2025-01-10T16:36:27Z', 'Pacific/Auckland', 'GMT+13'],
    ['2025-07-10T16:36:27Z', 'Asia/Kolkata', 'GMT+5:30'],
    ['2025-07-10T16:36:27Z', 'UTC', 'UTC'],
  ])('%s in %s is %s', (iso, zone, name) => {
    expect(zoneName(at(iso), zone)).toBe(name)
  })
})

describe('zoneName across a change on the half hour', () => {
  it('names each side of Lord Howe Island going to summer time at 15:30 UTC, asked twice', () => {
    // 2025-10-05 02:00 at UTC+10:30 is 2025-10-04T15:30Z: the name changes mid-hour in UTC.
    for (let round = 0; round < 2; round++) {
      expect(zoneName(at('2025-10-04T15:29:59.999Z'), 'Australia/Lord_Howe')).toBe('GMT+10:30')
      expect(zoneName(at('2025-10-04T15:30:00.000Z'), 'Australia/Lord_Howe')).toBe('GMT+11')
    }
  })
})

