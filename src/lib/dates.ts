// The only place that formats or converts dates (date-fns). Everything is in the user's own zone.
import { endOfDay, format, formatDistance, isValid, parse, startOfDay } from 'date-fns'

const DAY_FORMAT = 'yyyy-MM-dd'

/** A `<input type="date">` value as a local calendar day, or null. */
export function parseLocalDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const day = parse(value, DAY_FORMAT, new Date(2000, 0, 1))
  return isValid(day) && format(day, DAY_FORMAT) === value ? day : null
}

/** The first millisecond of a local day, as the exact instant the API filters on. */
export const startOfLocalDay = (day: Date): string => startOfDay(day).toISOString()
/** The last millisecond of a local day (a DST day is 23 or 25 hours long; date-fns knows). */
export const endOfLocalDay = (day: Date): string => endOfDay(day).toISOString()

/** "Nov 26, 2026, 11:36:27 AM" in the user's zone. */
export const formatLocalDateTime = (iso: string): string =>
  format(new Date(iso), 'MMM d, yyyy, h:mm:ss a')
/** "Nov 26, 2026, 11:36 AM": compact, for table cells. */
export const formatLocalDateTimeShort = (iso: string): string =>
  format(new Date(iso), 'MMM d, yyyy, h:mm a')
/** The zone the user sees times in, e.g. "CST" or "GMT+13". */
export const formatZone = (iso: string): string => format(new Date(iso), 'zzz')
/** "3 days ago". */
export const formatRelative = (iso: string, now: Date = new Date()): string =>
  formatDistance(new Date(iso), now, { addSuffix: true })
/** The instant itself, for reference beside the local time. */
export const formatUtc = (iso: string): string =>
  `${new Date(iso)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} UTC`
