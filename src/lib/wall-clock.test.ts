import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_HOUR_OFFSETS, MAX_NAMES_READ, monthName, wallClock, zoneName } from './wall-clock'

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

  it('reads each side of a change that falls mid-hour in UTC (Kathmandu, +5:30 to +5:45)', () => {
    // 1986-01-01 00:00 at +5:30 is 1985-12-31T18:30Z: the clocks went on to 00:15.
    const before = wallClock(at('1985-12-31T18:29:59.999Z'), 'Asia/Kathmandu')
    const after = wallClock(at('1985-12-31T18:30:00.000Z'), 'Asia/Kathmandu')
    const later = wallClock(at('1985-12-31T18:45:00.000Z'), 'Asia/Kathmandu')
    expect(before).toEqual({
      ...{ year: 1985, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 },
      offsetMinutes: 330,
    })
    expect(after).toEqual({
      ...{ year: 1986, month: 1, day: 1, hour: 0, minute: 15, second: 0, millisecond: 0 },
      offsetMinutes: 345,
    })
    expect([later.hour, later.minute, later.offsetMinutes]).toEqual([0, 30, 345])
  })

  it('reads a change on the hour in UTC on the right side (Chicago, 2025-03-09 08:00Z)', () => {
    expect(wallClock(at('2025-03-09T07:59:59.999Z'), 'America/Chicago')).toMatchObject({
      hour: 1,
      minute: 59,
      offsetMinutes: -360,
    })
    expect(wallClock(at('2025-03-09T08:00:00.000Z'), 'America/Chicago')).toMatchObject({
      hour: 3,
      minute: 0,
      offsetMinutes: -300,
    })
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

// Building an Intl.DateTimeFormat costs far more than using one, and a page of rows reads thousands
// of clocks: these count the platform's work, each on a fresh copy of the module (empty caches).
describe('what the clock asks of Intl', () => {
  const prototype = Intl.DateTimeFormat.prototype
  afterEach(() => vi.restoreAllMocks())
  const fresh = async () => {
    vi.resetModules()
    return import('./wall-clock')
  }
  // Counts `new Intl.DateTimeFormat(...)`, handing back a real one.
  const RealFormat = Intl.DateTimeFormat
  const countBuilt = () =>
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.DateTimeFormat>
    ) {
      return new RealFormat(...args)
    })

  it('builds one formatter per zone for all its readings', async () => {
    const clock = await fresh()
    const built = countBuilt()
    clock.wallClock(at('2025-03-01T00:00:00Z'), 'Africa/Casablanca')
    clock.wallClock(at('2025-09-01T00:00:00Z'), 'Africa/Casablanca')
    expect(built).toHaveBeenCalledTimes(1)
  })

  it('reads the offsets at the two whole UTC hours around an instant once, then only computes', async () => {
    const clock = await fresh()
    const reads = vi.spyOn(prototype, 'formatToParts')
    const noon = at('2025-03-01T12:00:00Z')
    for (let ms = 0; ms < 3_600_000; ms += 179_000) clock.wallClock(noon + ms, 'Europe/Paris')
    expect(reads).toHaveBeenCalledTimes(2) // 12:00Z and 13:00Z
    expect(clock.wallClock(noon + 3_600_000, 'Europe/Paris').hour).toBe(14)
    expect(reads).toHaveBeenCalledTimes(3) // 14:00Z
    expect(clock.wallClock(noon, 'Europe/Berlin').hour).toBe(13) // another zone reads its own
    expect(reads).toHaveBeenCalledTimes(5)
  })

  it('reads each instant of an hour that holds a change on its own, besides the two hours', async () => {
    const clock = await fresh()
    const reads = vi.spyOn(prototype, 'formatToParts')
    // Lord Howe Island goes from +10:30 to +11 at 2025-10-04T15:30Z.
    expect(clock.wallClock(at('2025-10-04T15:10:00Z'), 'Australia/Lord_Howe').minute).toBe(40)
    expect(clock.wallClock(at('2025-10-04T15:40:00Z'), 'Australia/Lord_Howe').minute).toBe(40)
    expect(reads).toHaveBeenCalledTimes(4)
  })

  it(`keeps up to ${MAX_HOUR_OFFSETS} hour offsets, then starts afresh`, async () => {
    const clock = await fresh()
    const hour = (i: number) => i * 3_600_000
    // Hours 0 … MAX-1 fill the map (each reading reads its hour and the next).
    for (let i = 0; i < MAX_HOUR_OFFSETS - 1; i++) clock.wallClock(hour(i), 'Asia/Tokyo')
    const reads = vi.spyOn(prototype, 'formatToParts')
    clock.wallClock(hour(0), 'Asia/Tokyo') // still held
    expect(reads).toHaveBeenCalledTimes(0)
    clock.wallClock(hour(MAX_HOUR_OFFSETS - 1), 'Asia/Tokyo') // its next hour is one too many
    expect(reads).toHaveBeenCalledTimes(1)
    clock.wallClock(hour(0), 'Asia/Tokyo') // forgotten: both hours read again
    expect(reads).toHaveBeenCalledTimes(3)
  })

  it('builds one name formatter per zone, and reads a name once per zone and minute', async () => {
    const clock = await fresh()
    const reads = vi.spyOn(prototype, 'formatToParts')
    const built = countBuilt()
    const t = at('2025-03-01T12:00:00Z')
    expect(clock.zoneName(t, 'America/Chicago')).toBe('CST')
    expect(clock.zoneName(t + 59_999, 'America/Chicago')).toBe('CST')
    expect(reads).toHaveBeenCalledTimes(1)
    expect(clock.zoneName(t + 60_000, 'America/Chicago')).toBe('CST')
    expect(reads).toHaveBeenCalledTimes(2)
    expect(built).toHaveBeenCalledTimes(1)
  })

  it(`keeps up to ${MAX_NAMES_READ} names, then starts afresh, so it never grows without bound`, async () => {
    const clock = await fresh()
    const minute = (i: number) => at('2025-03-01T00:00:00Z') + i * 60_000
    for (let i = 0; i < MAX_NAMES_READ; i++) clock.zoneName(minute(i), 'America/Bogota')
    const reads = vi.spyOn(prototype, 'formatToParts')
    clock.zoneName(minute(0), 'America/Bogota') // the first is still held
    expect(reads).toHaveBeenCalledTimes(0)
    clock.zoneName(minute(MAX_NAMES_READ), 'America/Bogota') // one more: the map starts afresh
    clock.zoneName(minute(0), 'America/Bogota') // forgotten, read again
    expect(reads).toHaveBeenCalledTimes(2)
  })
})

describe('monthName', () => {
  it('names each month in en-US, January as 1', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1)).join(' ')).toBe(
      'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    )
  })
})
