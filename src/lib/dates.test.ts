import { describe, expect, it } from 'vitest'
import {
  browserTimeZone,
  endOfLocalDay,
  formatClockTime,
  formatDayInZone,
  formatIsoInZone,
  formatLocalDateTime,
  formatLocalDateTimeShort,
  formatRelative,
  formatTableTime,
  formatUtc,
  formatZone,
  parseLocalDay,
  startOfLocalDay,
} from './dates'

// Every case names its zone: the answer never depends on the machine's (or the worker's) own.
const JAN = '2025-01-10T16:36:27.468Z'
const JUL = '2025-07-10T16:36:27.468Z'

describe('calendar days in an explicit zone', () => {
  it('reads a date input value as that day in the zone given', () => {
    expect(parseLocalDay('2025-06-10', 'America/Chicago')?.getTime()).toBe(
      Date.parse('2025-06-10T05:00:00Z'),
    )
    expect(parseLocalDay('2025-06-10', 'Pacific/Auckland')?.getTime()).toBe(
      Date.parse('2025-06-09T12:00:00Z'),
    )
  })

  it('reads a four-digit year as written, even below 100', () => {
    expect(parseLocalDay('0099-06-10', 'UTC')?.getTime()).toBe(Date.parse('0099-06-10T00:00:00Z'))
    expect(parseLocalDay('2024-02-29', 'UTC')?.getTime()).toBe(Date.parse('2024-02-29T00:00:00Z'))
  })

  it.each([
    '',
    '2025-02-29',
    '2025-02-30',
    '2025-00-10',
    '2025-06-00',
    '2025-06-31',
    '2025-13-01',
    '2025-6-10',
    '2025-06-10 ',
    '20250-06-10',
    'June 10',
  ])('refuses %j', (value) => expect(parseLocalDay(value, 'UTC')).toBeNull())

  it('takes the first and last millisecond of the day an instant falls on, in the zone given', () => {
    // 2025-06-10T12:00Z is still the 10th in Chicago but already the 11th in Auckland.
    const instant = new Date('2025-06-10T12:00:00Z')
    expect(startOfLocalDay(instant, 'America/Chicago')).toBe('2025-06-10T05:00:00.000Z')
    expect(endOfLocalDay(instant, 'America/Chicago')).toBe('2025-06-11T04:59:59.999Z')
    expect(startOfLocalDay(instant, 'Pacific/Auckland')).toBe('2025-06-10T12:00:00.000Z')
    expect(endOfLocalDay(instant, 'Pacific/Auckland')).toBe('2025-06-11T11:59:59.999Z')
  })

  it.each([
    // Chicago: a 23-hour day in spring, a 25-hour one in autumn.
    ['America/Chicago', '2025-03-09', '2025-03-09T06:00:00.000Z', '2025-03-10T04:59:59.999Z'],
    ['America/Chicago', '2025-11-02', '2025-11-02T05:00:00.000Z', '2025-11-03T05:59:59.999Z'],
    // Santiago springs forward at midnight: the 8th starts at the jump, 01:00 on its clocks.
    ['America/Santiago', '2024-09-08', '2024-09-08T04:00:00.000Z', '2024-09-09T02:59:59.999Z'],
    // ... and falls back at midnight: the 7th has 23:00–24:00 twice and ends after the second.
    ['America/Santiago', '2011-05-07', '2011-05-07T03:00:00.000Z', '2011-05-08T03:59:59.999Z'],
    // Gaza fell back at 01:00: the 21st has midnight twice and starts at the first.
    ['Asia/Gaza', '2012-09-21', '2012-09-20T21:00:00.000Z', '2012-09-21T21:59:59.999Z'],
    // Samoa skipped the 30th: the 29th ends where the 31st starts.
    ['Pacific/Apia', '2011-12-29', '2011-12-29T10:00:00.000Z', '2011-12-30T09:59:59.999Z'],
  ])('in %s, %s runs from %s to %s', (zone, value, first, last) => {
    expect(parseLocalDay(value, zone)?.toISOString()).toBe(first)
    // Any instant of the day gives the same first and last millisecond.
    for (const instant of [first, last]) {
      expect(startOfLocalDay(new Date(instant), zone)).toBe(first)
      expect(endOfLocalDay(new Date(instant), zone)).toBe(last)
    }
    // ... and they are the day's edges as its own clocks read them.
    expect(formatDayInZone(first, zone)).toBe(value)
    expect(formatDayInZone(Date.parse(first) - 1, zone)).not.toBe(value)
    expect(formatDayInZone(last, zone)).toBe(value)
    expect(formatDayInZone(Date.parse(last) + 1, zone)).not.toBe(value)
  })

  it('refuses a day the zone skipped, and a year its clocks cannot read', () => {
    // Samoa went from the 29th straight to the 31st.
    expect(parseLocalDay('2011-12-30', 'Pacific/Apia')).toBeNull()
    expect(parseLocalDay('2011-12-31', 'Pacific/Apia')?.toISOString()).toBe(
      '2011-12-30T10:00:00.000Z',
    )
    expect(parseLocalDay('0000-01-01', 'UTC')).toBeNull()
  })

  it('keeps the seconds of an old local mean time', () => {
    // Monrovia was 0:44:30 behind UTC until 1972.
    expect(parseLocalDay('1960-06-15', 'Africa/Monrovia')?.toISOString()).toBe(
      '1960-06-15T00:44:30.000Z',
    )
    expect(endOfLocalDay(new Date('1960-06-15T12:00:00Z'), 'Africa/Monrovia')).toBe(
      '1960-06-16T00:44:29.999Z',
    )
  })

  it("defaults to the browser's zone", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(browserTimeZone()).toBe(zone)
    const day = new Date('2025-06-10T12:00:00Z')
    expect(startOfLocalDay(day)).toBe(startOfLocalDay(day, zone))
    expect(endOfLocalDay(day)).toBe(endOfLocalDay(day, zone))
    expect(parseLocalDay('2025-06-10')?.getTime()).toBe(
      parseLocalDay('2025-06-10', zone)?.getTime(),
    )
    expect(formatLocalDateTime(JAN)).toBe(formatLocalDateTime(JAN, zone))
    expect(formatLocalDateTimeShort(JAN)).toBe(formatLocalDateTimeShort(JAN, zone))
    expect(formatZone(JAN)).toBe(formatZone(JAN, zone))
  })
})

describe('formatting an instant for people', () => {
  it('shows the wall-clock time in the zone given, with seconds or without', () => {
    expect(formatLocalDateTime(JAN, 'America/Chicago')).toBe('Jan 10, 2025, 10:36:27 AM')
    expect(formatLocalDateTime(JAN, 'Pacific/Auckland')).toBe('Jan 11, 2025, 5:36:27 AM')
    expect(formatLocalDateTimeShort(JAN, 'America/Chicago')).toBe('Jan 10, 2025, 10:36 AM')
    expect(formatLocalDateTimeShort(JUL, 'Asia/Kolkata')).toBe('Jul 10, 2025, 10:06 PM')
  })

  it('names the zone as people read it, summer time included', () => {
    expect(formatZone(JAN, 'America/Chicago')).toBe('CST')
    expect(formatZone(JUL, 'America/Chicago')).toBe('CDT')
    expect(formatZone(JAN, 'Pacific/Auckland')).toBe('GMT+13')
    expect(formatZone(JUL, 'UTC')).toBe('UTC')
  })

  it('says how long ago, or how far ahead, in words', () => {
    const now = new Date('2025-01-13T16:36:27.468Z')
    expect(formatRelative(JAN, now)).toBe('3 days ago')
    expect(formatRelative('2025-01-13T17:36:27.468Z', now)).toBe('in 1 hour')
  })

  // Each step from its threshold on, and the moment before it; rounded to the nearest whole unit.
  const S = 1000
  const M = 60 * S
  const H = 60 * M
  const D = 24 * H
  it.each([
    [0, 'less than a minute ago'],
    [-44 * S, 'less than a minute ago'],
    [44 * S, 'in less than a minute'],
    [-45 * S, '1 minute ago'],
    [45 * S, 'in 1 minute'],
    [-90 * S, '2 minutes ago'],
    [-44 * M, '44 minutes ago'],
    [-45 * M, '1 hour ago'],
    [-90 * M, '2 hours ago'],
    [-(22 * H - S), '22 hours ago'],
    [-22 * H, '1 day ago'],
    [-36 * H, '2 days ago'],
    [-25 * D, '25 days ago'],
    [-26 * D, '1 month ago'],
    [-46 * D, '2 months ago'],
    [-(320 * D - S), '11 months ago'],
    [-320 * D, '1 year ago'],
    [-547 * D, '1 year ago'],
    [-549 * D, '2 years ago'],
    [3 * D, 'in 3 days'],
  ])('puts %i ms from now as "%s"', (offset, words) => {
    const now = new Date('2026-06-15T18:00:00.000Z')
    expect(formatRelative(new Date(now.getTime() + offset).toISOString(), now)).toBe(words)
  })

  it('writes the instant as ISO 8601 with the offset of the zone given', () => {
    expect(formatIsoInZone(JAN, 'America/Chicago')).toBe('2025-01-10T10:36:27.468-06:00')
    expect(formatIsoInZone(JUL, 'America/Chicago')).toBe('2025-07-10T11:36:27.468-05:00')
    expect(formatIsoInZone(JUL, 'Asia/Kolkata')).toBe('2025-07-10T22:06:27.468+05:30')
    expect(formatIsoInZone(JAN, 'Pacific/Auckland')).toBe('2025-01-11T05:36:27.468+13:00')
    expect(formatIsoInZone('2025-07-10T00:00:00.005Z', 'UTC')).toBe('2025-07-10T00:00:00.005+00:00')
    // The hour DST repeats is still unambiguous.
    expect(formatIsoInZone('2025-11-02T06:30:00Z', 'America/Chicago')).toBe(
      '2025-11-02T01:30:00.000-05:00',
    )
    expect(formatIsoInZone('2025-11-02T07:30:00Z', 'America/Chicago')).toBe(
      '2025-11-02T01:30:00.000-06:00',
    )
  })

  it('reads the clock to the minute, midnight and noon as 12', () => {
    expect(formatClockTime(Date.parse('2025-07-10T05:00:00Z'), 'America/Chicago')).toBe('12:00 AM')
    expect(formatClockTime(Date.parse('2025-07-10T17:05:00Z'), 'America/Chicago')).toBe('12:05 PM')
    expect(formatClockTime(Date.parse('2025-07-10T04:59:00Z'), 'America/Chicago')).toBe('11:59 PM')
    expect(formatClockTime(Date.parse('2025-07-10T13:09:59Z'), 'UTC')).toBe('1:09 PM')
  })

  it('pads seconds and shows the year in full', () => {
    expect(formatLocalDateTime('2025-03-05T08:04:05Z', 'UTC')).toBe('Mar 5, 2025, 8:04:05 AM')
    expect(formatLocalDateTimeShort('2025-09-05T00:04:05Z', 'UTC')).toBe('Sep 5, 2025, 12:04 AM')
  })

  it('gives the calendar day an instant falls on in the zone given', () => {
    const instant = Date.parse('2025-06-10T12:00:00Z')
    expect(formatDayInZone(instant, 'America/Chicago')).toBe('2025-06-10')
    expect(formatDayInZone(new Date(instant), 'Pacific/Auckland')).toBe('2025-06-11')
    expect(formatDayInZone(Date.parse('0099-01-02T00:00:00Z'), 'UTC')).toBe('0099-01-02')
  })

  it('gives the UTC instant to the second', () => {
    expect(formatUtc(JAN)).toBe('2025-01-10 16:36:27 UTC')
  })
})

describe('table times', () => {
  const now = new Date('2026-11-29T12:00:00Z')
  it.each([
    // The year shows only when it is not the current one, in the zone shown.
    ['2026-11-21T21:54:00Z', 'UTC', 'Nov 21, 9:54 PM'],
    ['2025-11-21T21:54:00Z', 'UTC', 'Nov 21, 2025, 9:54 PM'],
    ['2026-01-01T03:00:00Z', 'America/Chicago', 'Dec 31, 2025, 9:00 PM'],
    ['2026-01-01T03:00:00Z', 'UTC', 'Jan 1, 3:00 AM'],
  ])('%s in %s → %s', (iso, zone, expected) => {
    expect(formatTableTime(iso, now, zone)).toBe(expected)
  })
})

it.each([
  // New Year has come in Kiritimati (UTC+14) and nowhere else yet; in Pago Pago (UTC-11) it has
  // come everywhere else. "Now" is read in the zone shown, whatever the machine's own zone is.
  ['2025-12-31T10:00:00Z', '2025-12-31T10:30:00Z', 'Pacific/Kiritimati', 'Jan 1, 12:00 AM'],
  ['2026-01-01T10:00:00Z', '2026-01-01T10:30:00Z', 'Pacific/Pago_Pago', 'Dec 31, 11:00 PM'],
])('%s, with now %s, in %s → %s', (iso, now, zone, expected) => {
  expect(formatTableTime(iso, new Date(now), zone)).toBe(expected)
})
