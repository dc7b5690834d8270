// Pure rules for the API's filter values, shared by the server (to answer 400s and to query)
// and by the dashboard (to validate the filter form before anything is sent).

export const SAMPLE_LOAN_ID = '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

/** GUIDs compare case-insensitively; the canonical form is lower case. */
export function normalizeGuid(value: string): string {
  return value.trim().toLowerCase()
}

// Only characters people actually type in a North American number: digits, spaces, ( ) - . and a leading +.
const PHONE_CHARS = /^\+?[\d\s().-]+$/

/**
 * "(402) 555-0134", "+1 402-555-0134", "402.555.0134" and "4025550134" are the same number.
 * Returns the 10 national digits, or null when the text is not a North American phone number.
 */
export function normalizePhoneNumber(raw: string): string | null {
  const text = raw.trim()
  if (!PHONE_CHARS.test(text)) return null
  let digits = text.replace(/\D/g, '')
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1)
  return digits.length === 10 ? digits : null
}

/**
 * "4025550134" or "+1 402-555-0134" → "(402) 555-0134", by the rule above; anything else (an
 * extension, letters, a number from abroad) is shown exactly as it came.
 */
export function formatPhoneNumber(value: string): string {
  const national = normalizePhoneNumber(value)
  if (national === null) return value
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i
const MS_PER_DAY = 86_400_000

/**
 * UTC midnight of a real day, or null: not 2025-02-30, 2025-13-01, or 0099-01-01 (which Date.UTC
 * reads as 1999). A day or month out of range always moves the date or the year, so those are
 * the two compared.
 */
function utcMidnight(groups: RegExpExecArray): number | null {
  const [y, m, d] = [1, 2, 3].map((i) => Number(groups[i])) as [number, number, number]
  const ms = Date.UTC(y, m - 1, d)
  const date = new Date(ms)
  return date.getUTCFullYear() === y && date.getUTCDate() === d ? ms : null
}

/** The instants a date filter covers, in epoch milliseconds, both ends inclusive. */
export type DateSpan = { first: number; last: number }

/**
 * A date filter's value: `YYYY-MM-DD` is a whole UTC day, from its first millisecond to its last;
 * a date-time with `Z` or an offset is that exact instant (first = last). A start filter takes
 * `first`, an end filter `last`. Null for anything else, including impossible dates.
 */
export function parseDateSpan(raw: string): DateSpan | null {
  const text = raw.trim()
  const day = DAY.exec(text)
  if (day) {
    const first = utcMidnight(day)
    return first === null ? null : { first, last: first + MS_PER_DAY - 1 }
  }
  const instant = INSTANT.exec(text)
  // Date.parse refuses minute 60, second 60 and an offset past 23:59 itself (the tests hold it to
  // that), but reads 2025-02-30 as March 2 and 24:00 as the next midnight.
  if (!instant || utcMidnight(instant) === null || Number(instant[4]) > 23) return null
  const ms = Date.parse(instant[0])
  return Number.isNaN(ms) ? null : { first: ms, last: ms }
}

/**
 * An exact instant with its zone (Z or an offset) on a day that exists, as the API writes call
 * times. Stricter than valibot's isoTimestamp, which takes "+05", a space for the T and 2021-02-29:
 * forms Date.parse cannot read, or reads as another day.
 */
export const isInstant = (raw: string): boolean => INSTANT.test(raw) && parseDateSpan(raw) !== null

export const FILTER_MESSAGES = {
  loanid: `loanid must be a GUID such as ${SAMPLE_LOAN_ID}`,
  borrowerid: 'borrowerid must be 1 to 64 letters, digits, "-" or "_"',
  phonenumber:
    'phonenumber must be a 10-digit phone number such as (402) 555-0134 or +1 402-555-0134',
  startdate:
    'startdate must be a date (YYYY-MM-DD) or a date-time with Z or an offset (2024-05-01T13:00:00Z)',
  enddate:
    'enddate must be a date (YYYY-MM-DD) or a date-time with Z or an offset (2024-05-31T23:59:59Z)',
  dateOrder: 'startdate must not be after enddate',
  offset: 'offset must be a whole number of 0 or more',
  limit: 'limit must be a whole number from 1 to 500',
} as const

export const BORROWER_ID = /^[A-Za-z0-9_-]{1,64}$/
export const MAX_LIMIT = 500
export const DEFAULT_LIMIT = 20

/** The API's filter parameters, by their wire names; the dashboard's URL uses the same names. */
export const FILTER_PARAMS = [
  'loanid',
  'borrowerid',
  'phonenumber',
  'startdate',
  'enddate',
] as const
export type FilterParam = (typeof FILTER_PARAMS)[number]
