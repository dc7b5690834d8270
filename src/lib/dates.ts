// The only place that formats or converts dates. Readings of a clock are wall-clock.ts (cached Intl
// formatters); calendar days in a zone are worked out here from those readings. Whatever depends on
// a zone takes it explicitly, as an IANA name, and defaults to the browser's own: tests pass a zone
// instead of changing the process's (which a worker thread cannot do), and a display-zone control
// can too.
//
// No date library in this module: @date-fns/tz and date-fns cost ~2 kB gzip of the first load (issue
// 7's budget) for the three day conversions below, which the clock readings already answer.
import { monthName, wallClock, zoneName, type WallClock } from './wall-clock'

let browserZone: string | undefined
/**
 * The zone this browser shows times in, such as "America/Chicago". Read once per page load: it is
 * the default of every date function, asked many times a render, and each reading builds an Intl
 * formatter. A machine that changes zone under an open tab is seen on the next load.
 */
export const browserTimeZone = (): string =>
  (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone)

// Month names are en-US, as date-fns printed them: the dashboard's wording does not follow the
// browser's language.
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const toEpoch = (instant: string | number | Date) => new Date(instant).getTime()

/** "Nov 26" */
const monthDay = (w: WallClock) => `${monthName(w.month)} ${w.day}`
/** "9:54 PM"; with seconds "9:54:07 PM". Midnight and noon are 12. */
const clock = (w: WallClock, seconds = false) =>
  `${w.hour % 12 || 12}:${pad(w.minute)}${seconds ? `:${pad(w.second)}` : ''} ${w.hour < 12 ? 'AM' : 'PM'}`
/** "2026-11-29" */
type CalendarDay = { year: number; month: number; day: number }
const DAY_MS = 86_400_000
const dayKey = (w: CalendarDay) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`

// Exactly what a date input gives: four-digit year, two-digit month and day.
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Midnight UTC of a calendar day, in ms. setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999. */
function utcMidnight({ year, month, day }: CalendarDay): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

const sameDay = (a: CalendarDay, b: CalendarDay) => dayKey(a) === dayKey(b)

/**
 * The first instant of a calendar day in `zone`. Midnight there is midnight UTC minus the zone's
 * offset, and the offset may change near midnight: each offset the zone has a day either side is
 * tried, and the day starts at the earliest instant that falls in it. Midnight repeated (a zone
 * that falls back at 01:00) starts the day at its first pass; midnight skipped (a zone that springs
 * forward at 00:00) starts it at the jump, 01:00 on its clocks.
 */
function startOfDayIn(day: CalendarDay, zone: string): number {
  const midnight = utcMidnight(day)
  const guesses = [midnight - DAY_MS, midnight + DAY_MS].map((t) => midnight - offsetAt(t, zone))
  const inDay = guesses.filter((t) => sameDay(wallClock(t, zone), day))
  // A day that never was (Samoa skipped 2011-12-30) "starts" where the next one does: at the jump.
  return inDay.length ? Math.min(...inDay) : Math.max(...guesses)
}

/**
 * The zone's offset at `t` in ms, exact: a zone's old local mean time has seconds in it (Monrovia
 * was 0:44:30 behind), which the clock's whole minutes would round off.
 */
function offsetAt(t: number, zone: string): number {
  const w = wallClock(t, zone)
  const asUtc = new Date(utcMidnight(w))
  asUtc.setUTCHours(w.hour, w.minute, w.second, w.millisecond)
  return asUtc.getTime() - t
}

/** The calendar day after `day` (no day is 23 or 25 hours long at UTC). */
const nextDay = (day: CalendarDay): CalendarDay => dayOf(new Date(utcMidnight(day) + DAY_MS))
const dayOf = (utc: Date): CalendarDay => ({
  year: utc.getUTCFullYear(),
  month: utc.getUTCMonth() + 1,
  day: utc.getUTCDate(),
})

/** A `<input type="date">` value as the first moment of that calendar day in `zone`, or null. */
export function parseLocalDay(value: string, zone: string = browserTimeZone()): Date | null {
  const parts = DAY_VALUE.exec(value)
  if (!parts) return null
  const day = { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) }
  // Only a day that reads back the same exists: Date rolls "2025-02-30" over to March 2, a zone may
  // skip a day (Samoa's 2011-12-30), and its clocks cannot read year 0.
  const start = startOfDayIn(day, zone)
  return formatDayInZone(start, zone) === value ? new Date(start) : null
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
  const today = wallClock(now.getTime(), zone)
  const first =
    span === 'month'
      ? { ...today, day: 1 }
      : dayOf(new Date(utcMidnight(today) - (span - 1) * DAY_MS))
  return { from: dayKey(first), to: dayKey(today) }
}

/** The first millisecond of the day `day` falls on in `zone`, as the exact instant the API filters on. */
export const startOfLocalDay = (day: Date, zone: string = browserTimeZone()): string =>
  new Date(startOfDayIn(wallClock(day.getTime(), zone), zone)).toISOString()
/** The last millisecond of that day: the next day's first, less one (a DST day is 23 or 25 hours). */
export const endOfLocalDay = (day: Date, zone: string = browserTimeZone()): string =>
  new Date(startOfDayIn(nextDay(wallClock(day.getTime(), zone)), zone) - 1).toISOString()

/** "Nov 26, 2026, 11:36:27 AM" in `zone`. */
export function formatLocalDateTime(iso: string, zone: string = browserTimeZone()): string {
  const w = wallClock(toEpoch(iso), zone)
  return `${monthDay(w)}, ${pad(w.year, 4)}, ${clock(w, true)}`
}
/** "Nov 26, 2026, 11:36 AM": compact, for table cells. */
export function formatLocalDateTimeShort(iso: string, zone: string = browserTimeZone()): string {
  const w = wallClock(toEpoch(iso), zone)
  return `${monthDay(w)}, ${pad(w.year, 4)}, ${clock(w)}`
}
/**
 * "Nov 21, 9:54 PM" for a call of the current year (in `zone`), "Nov 21, 2025, 9:54 PM" otherwise:
 * one line in a table cell, the year only when it tells the reader something.
 */
export function formatTableTime(
  iso: string,
  now: Date = new Date(),
  zone: string = browserTimeZone(),
): string {
  const w = wallClock(toEpoch(iso), zone)
  const sameYear = w.year === wallClock(now.getTime(), zone).year
  return sameYear ? `${monthDay(w)}, ${clock(w)}` : `${monthDay(w)}, ${pad(w.year, 4)}, ${clock(w)}`
}
/** The zone's short name at that instant, as people read it: "CST", "CDT" or "GMT+13". */
export const formatZone = (iso: string, zone: string = browserTimeZone()): string =>
  zoneName(toEpoch(iso), zone)
/** "4:05 PM" in `zone`: when something happened today, to the minute. */
export const formatClockTime = (epochMs: number, zone: string = browserTimeZone()): string =>
  clock(wallClock(epochMs, zone))
// "3 days ago" in the platform's words. `numeric: 'always'`: "yesterday" would name a calendar day,
// and 30 hours ago may be two of them. date-fns' formatDistance said the same with "about" in front
// but brought its English locale (~2.5 kB gzip) into the first load for it.
const relativeTime = new Intl.RelativeTimeFormat('en-US', { numeric: 'always' })
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** The steps, each used from the threshold on (the usual ones: 45 min reads as 1 hour). */
const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365.25 * DAY, 320 * DAY],
  ['month', 30.4375 * DAY, 26 * DAY],
  ['day', DAY, 22 * HOUR],
  ['hour', HOUR, 45 * MINUTE],
  ['minute', MINUTE, 45 * SECOND],
]

/** "3 days ago", "in 1 hour", "less than a minute ago": how far `iso` is from `now`, in one unit. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime()
  const size = Math.abs(ms)
  const step = RELATIVE_UNITS.find(([, , from]) => size >= from)
  if (!step) return ms > 0 ? 'in less than a minute' : 'less than a minute ago'
  const [unit, length] = step
  // At least 1: 45 minutes is "1 hour", never "0 hours".
  const count = Math.max(1, Math.round(size / length))
  return relativeTime.format(Math.sign(ms) * count, unit)
}
/** The instant itself, for reference beside the local time. */
export const formatUtc = (iso: string): string =>
  `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`
/**
 * The instant as ISO 8601 in `zone`, with its offset ("2026-11-01T01:30:00.000-05:00"): the wall
 * time a reader in that zone expects, and still unambiguous in the hour a DST change repeats.
 */
export function formatIsoInZone(iso: string, zone: string = browserTimeZone()): string {
  const w = wallClock(toEpoch(iso), zone)
  const offset = Math.abs(w.offsetMinutes)
  const sign = w.offsetMinutes < 0 ? '-' : '+'
  return `${dayKey(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.${pad(w.millisecond, 3)}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
}
/** The calendar day `date` falls on in `zone`, as "2026-11-29". */
export const formatDayInZone = (
  date: Date | number | string,
  zone: string = browserTimeZone(),
): string => dayKey(wallClock(toEpoch(date), zone))
