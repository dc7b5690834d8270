// Calendar days in a time zone, for counting calls per day. Beside dates.ts, which reads the day
// an instant falls on, so the counting code, which only the lazy chart and the summary need, stays
// out of the first load.
import { formatDayInZone } from './dates'
import { monthName } from './wall-clock'

/** A calendar day as "yyyy-MM-dd": sorts and compares as text, means the same in every zone. */
export type DayKey = string

const DAY_MS = 86_400_000

/** The calendar day an instant falls on in `zone` (an IANA name). */
export const localDayKey = (instant: number | string, zone: string): DayKey =>
  formatDayInZone(instant, zone)

// Day keys are calendar dates, not instants: their arithmetic is done at UTC midnight, where no
// day is 23 or 25 hours long.
const keyToUtc = (day: DayKey) => Date.parse(`${day}T00:00:00Z`)
const utcToKey = (ms: number): DayKey => new Date(ms).toISOString().slice(0, 10)

/** Every calendar day from `first` to `last`, both included (none when `first` is after `last`). */
export function eachDayKey(first: DayKey, last: DayKey): DayKey[] {
  const days: DayKey[] = []
  for (let ms = keyToUtc(first); ms <= keyToUtc(last); ms += DAY_MS) days.push(utcToKey(ms))
  return days
}

/** "Mar 8" or, with the year, "Mar 8, 2026": a day key as people read it. */
export function formatDayKey(day: DayKey, withYear = false): string {
  const [year, month, date] = day.split('-').map(Number)
  const monthDay = `${monthName(month ?? 0)} ${date}`
  return withYear ? `${monthDay}, ${year}` : monthDay
}
