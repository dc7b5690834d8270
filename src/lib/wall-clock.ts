// The wall-clock reading of an instant in a time zone, from one cached Intl formatter per zone.
// Every time the dashboard shows goes through here: a page of 20 rows reads ~60 of them and a
// whole result of 1,000 rows thousands. Building an Intl.DateTimeFormat costs far more than using
// one, and date-fns' `format` with a TZDate asked Intl for the zone's offset on every call; a
// profile of Next page showed that work as most of the click.

export type WallClock = {
  year: number
  /** 1–12 */
  month: number
  day: number
  /** 0–23 */
  hour: number
  minute: number
  second: number
  millisecond: number
  /** The zone's offset from UTC at that instant, in minutes (Chicago in winter: -360). */
  offsetMinutes: number
}

/** The en-US month abbreviations, as date-fns printed them ("MMM"). */
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** "Jan" for 1 … "Dec" for 12: en-US, as date-fns printed them ("MMM"). */
export function monthName(month: number): string {
  // Stryker disable next-line StringLiteral: every month a clock or a day key gives is 1–12; the '?' only answers noUncheckedIndexedAccess
  return MONTHS[month - 1] ?? '?'
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

const HOUR_MS = 3_600_000
// The zone's offset at whole UTC hours already read, in ms. Offsets change only at transitions, and
// no zone changes twice within an hour: when the hours either side of an instant agree, the instant
// has that offset too, and its clock is plain arithmetic. A page of 20 calls spans a few hours, and
// every re-render of it reads the same ones again, so most readings ask Intl nothing.
const hourOffsets = new Map<string, number>()
/** The most hour offsets kept; past it the map starts afresh. */
export const MAX_HOUR_OFFSETS = 5000

/** The zone's offset at `epochMs`, in ms (whole seconds), read from Intl. */
function readOffset(epochMs: number, zone: string): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  // The literal parts (", ", "/", ":") land under `literal` as NaN, and nothing reads them.
  for (const part of formatterFor(zone).formatToParts(epochMs))
    fields[part.type] = Number(part.value)
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields
  // The same reading taken as UTC, minus the instant, is the offset. setUTCFullYear, not Date.UTC,
  // which reads years 0–99 as 1900–1999.
  const asUtc = new Date(0)
  asUtc.setUTCFullYear(year, month - 1, day)
  asUtc.setUTCHours(hour, minute, second, ((epochMs % 1000) + 1000) % 1000)
  return asUtc.getTime() - epochMs
}

function offsetAtHour(hour: number, zone: string): number {
  const key = `${zone}\u0000${hour}`
  let offset = hourOffsets.get(key)
  if (offset === undefined) {
    offset = readOffset(hour * HOUR_MS, zone)
    if (hourOffsets.size >= MAX_HOUR_OFFSETS) hourOffsets.clear()
    hourOffsets.set(key, offset)
  }
  return offset
}

/** The reading of `epochMs` on a clock in `zone` (an IANA name; a RangeError for an unknown one). */
export function wallClock(epochMs: number, zone: string): WallClock {
  const hour = Math.floor(epochMs / HOUR_MS)
  const before = offsetAtHour(hour, zone)
  // An hour with a transition in it is read exactly.
  const offset = before === offsetAtHour(hour + 1, zone) ? before : readOffset(epochMs, zone)
  const local = new Date(epochMs + offset)
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    offsetMinutes: Math.round(offset / 60_000),
  }
}

const zoneNames = new Map<string, Intl.DateTimeFormat>()
// Names already read, per zone and minute (a zone changes its name only at a transition, and
// transitions fall on whole minutes): the header, the zone menu and the drawer ask again and again.
const namesRead = new Map<string, string>()
/** The most names kept; past it the map starts afresh (a long session reads many minutes). */
export const MAX_NAMES_READ = 500

/** The zone's short name at that instant, as en-US readers know it: "CST", "CDT", "GMT+13". */
export function zoneName(epochMs: number, zone: string): string {
  const key = `${zone}\u0000${Math.floor(epochMs / 60_000)}`
  let name = namesRead.get(key)
  if (name === undefined) {
    name = readZoneName(epochMs, zone)
    if (namesRead.size >= MAX_NAMES_READ) namesRead.clear()
    namesRead.set(key, name)
  }
  return name
}

function readZoneName(epochMs: number, zone: string): string {
  let formatter = zoneNames.get(zone)
  if (!formatter) {
    // With the hour, as @date-fns/tz's tzName does: some engines leave the name out without it.
    formatter = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      timeZone: zone,
      timeZoneName: 'short',
    })
    zoneNames.set(zone, formatter)
  }
  return (
    // Stryker disable next-line OptionalChaining: ECMA-402 always gives a timeZoneName part when one is asked for; the fallback is for an engine that would not
    formatter.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? zone
  )
}
