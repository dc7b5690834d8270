// The only place that formats or converts dates (date-fns, @date-fns/tz). Whatever depends on a zone
// takes it explicitly, as an IANA name, and defaults to the browser's own: tests pass a zone instead
// of changing the process's (which a worker thread cannot do), and a display-zone control can too.
import { TZDate, tz, tzName } from '@date-fns/tz'
import { addDays, endOfDay, format, formatDistance, startOfDay, startOfMonth } from 'date-fns'

const DAY_FORMAT = 'yyyy-MM-dd'

/** The zone this browser shows times in, such as "America/Chicago". */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

// Exactly what a date input gives: four-digit year, two-digit month and day. date-fns' `parse` would
// do it too, but it brings every token's parser (about 5 kB gzip) into the first load for this one.
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A `<input type="date">` value as the first moment of that calendar day in `zone`, or null. */
export function parseLocalDay(value: string, zone: string = browserTimeZone()): Date | null {
  const parts = DAY_VALUE.exec(value)
  if (!parts) return null
  const day = new TZDate(2000, 0, 1, zone)
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  day.setFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))
  // Date rolls over ("2025-02-30" becomes March 2): only a day that spells back the same exists.
  return format(day, DAY_FORMAT) === value ? day : null
}

/**
 * The calendar days of a range ending on the day `now` falls on in `zone`: the `days` days up to and
 * including it, or (with 'month') from the first of its month. Calendar arithmetic, so a DST day
 * counts as one day, never as 23 or 25 hours.
 */
export function localDaysEndingToday(
  span: number | 'month',
  now: Date,
  zone: string = browserTimeZone(),
): { from: string; to: string } {
  const today = startOfDay(now, { in: tz(zone) })
  const first = span === 'month' ? startOfMonth(today) : addDays(today, 1 - span)
  return { from: format(first, DAY_FORMAT), to: format(today, DAY_FORMAT) }
}

const utcIso = (date: Date) => new Date(date.getTime()).toISOString()

/** The first millisecond of the day `day` falls on in `zone`, as the exact instant the API filters on. */
export const startOfLocalDay = (day: Date, zone: string = browserTimeZone()): string =>
  utcIso(startOfDay(day, { in: tz(zone) }))
/** The last millisecond of that day (a DST day is 23 or 25 hours long; date-fns knows). */
export const endOfLocalDay = (day: Date, zone: string = browserTimeZone()): string =>
  utcIso(endOfDay(day, { in: tz(zone) }))

/** "Nov 26, 2026, 11:36:27 AM" in `zone`. */
export const formatLocalDateTime = (iso: string, zone: string = browserTimeZone()): string =>
  format(iso, 'MMM d, yyyy, h:mm:ss a', { in: tz(zone) })
/** "Nov 26, 2026, 11:36 AM": compact, for table cells. */
export const formatLocalDateTimeShort = (iso: string, zone: string = browserTimeZone()): string =>
  format(iso, 'MMM d, yyyy, h:mm a', { in: tz(zone) })
/**
 * "Nov 21, 9:54 PM" for a call of the current year (in `zone`), "Nov 21, 2025, 9:54 PM" otherwise:
 * one line in a table cell, the year only when it tells the reader something.
 */
export function formatTableTime(
  iso: string,
  now: Date = new Date(),
  zone: string = browserTimeZone(),
): string {
  const sameYear = format(iso, 'yyyy', { in: tz(zone) }) === format(now, 'yyyy', { in: tz(zone) })
  return format(iso, sameYear ? 'MMM d, h:mm a' : 'MMM d, yyyy, h:mm a', { in: tz(zone) })
}
/** The zone's short name at that instant, as people read it: "CST", "CDT" or "GMT+13". */
export const formatZone = (iso: string, zone: string = browserTimeZone()): string =>
  tzName(zone, new Date(iso), 'short')
/** "4:05 PM" in `zone`: when something happened today, to the minute. */
export const formatClockTime = (epochMs: number, zone: string = browserTimeZone()): string =>
  format(epochMs, 'h:mm a', { in: tz(zone) })
/** "3 days ago". */
export const formatRelative = (iso: string, now: Date = new Date()): string =>
  formatDistance(iso, now, { addSuffix: true })
/** The instant itself, for reference beside the local time. */
export const formatUtc = (iso: string): string =>
  `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`
/**
 * The instant as ISO 8601 in `zone`, with its offset ("2026-11-01T01:30:00.000-05:00"): the wall
 * time a reader in that zone expects, and still unambiguous in the hour a DST change repeats.
 */
export const formatIsoInZone = (iso: string, zone: string = browserTimeZone()): string =>
  format(iso, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx", { in: tz(zone) })
/** The calendar day `date` falls on in `zone`, as "2026-11-29". */
export const formatDayInZone = (date: Date, zone: string = browserTimeZone()): string =>
  format(date, DAY_FORMAT, { in: tz(zone) })
