/** The last millisecond `Date#toISOString` writes with a four-digit year: 9999-12-31T23:59:59.999Z. */
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999
const MS_PER_DAY = 86_400_000

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'))
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))

/**
 * `new Date(ms).toISOString()`, the same text, in arithmetic: three call times a row made
 * toISOString ~10% of the server's CPU under load (60 of them on a page of 20 calls, ~0.45 µs
 * each). Whole milliseconds from 1970 to year 9999 take the fast path (every call time the API
 * stores); anything else is handed to Date as before, whatever it answers or throws.
 */
export function isoTime(ms: number): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: both paths write the same text (the tests hold this one to Date's at and past its edges); the guard only picks which does the work
  if (!Number.isInteger(ms) || ms < 0 || ms > LAST_FOUR_DIGIT_YEAR_MS)
    return new Date(ms).toISOString()
  const days = Math.floor(ms / MS_PER_DAY)
  let rest = ms - days * MS_PER_DAY
  const millis = rest % 1000
  rest = (rest - millis) / 1000
  const seconds = rest % 60
  rest = (rest - seconds) / 60
  const minutes = rest % 60
  const hours = (rest - minutes) / 60
  // The proleptic Gregorian date of a day count (H. Hinnant's days_from_civil, inverted), with
  // March as the first month so that the leap day ends the year.
  const shifted = days + 719_468 // days from 0000-03-01 to 1970-01-01
  const era = Math.floor(shifted / 146_097) // 400-year cycles
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[millis]}Z`
}
