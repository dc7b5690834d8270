import { describe, expect, it } from 'vitest'
import {
  formatPhoneNumber,
  isGuid,
  normalizeGuid,
  normalizePhoneNumber,
  parseDateSpan,
} from './call-filters'

describe('normalizePhoneNumber', () => {
  it.each([
    '(402) 555-0134',
    '+1 402-555-0134',
    '402.555.0134',
    '4025550134',
    '1 (402) 555 0134',
    '  402-555-0134  ',
    '  +1 402-555-0134',
    '1-402-555-0134',
    '+4025550134',
    '(402)555-0134',
    '402\t555\t0134',
  ])('reads %j as 4025550134', (text) => expect(normalizePhoneNumber(text)).toBe('4025550134'))
  it.each([
    '555-0134',
    '402555013',
    '+44 20 7946 0958',
    '402-555-0134 ext 2',
    'four oh two',
    '',
    '2 402 555 0134',
    // Letters before or after the digits: an extension or a label is not part of a number.
    'ext 4025550134',
    '402-555-0134 ext',
    '++1 402 555 0134',
    '402+555+0134',
    '+',
  ])('refuses %j', (text) => expect(normalizePhoneNumber(text)).toBeNull())

  it('keeps ten digits that start with 1: only an eleventh digit is a country code', () => {
    expect(normalizePhoneNumber('102-555-0134')).toBe('1025550134')
    expect(normalizePhoneNumber('1 102 555 0134')).toBe('1025550134')
  })
})

describe('formatPhoneNumber', () => {
  it.each([
    ['4025550134', '(402) 555-0134'],
    ['14025550134', '(402) 555-0134'],
    ['+1 402-555-0134', '(402) 555-0134'],
    ['402.555.0134', '(402) 555-0134'],
  ])('shows %j as %j', (value, shown) => expect(formatPhoneNumber(value)).toBe(shown))

  it.each([
    // Eleven digits that do not start with the country code 1 are not a North American number.
    '24025550134',
    '555-0134',
    '402555013',
    '140255501345',
    '',
    // Digits hidden among other characters are not a phone number, however many there are.
    'ext 4025550134',
    '402-555-0134 x',
  ])('shows %j as it came', (value) => expect(formatPhoneNumber(value)).toBe(value))
})

describe('parseDateSpan', () => {
  const iso = (ms: number) => new Date(ms).toISOString()
  const span = (text: string) => {
    const s = parseDateSpan(text)
    return s && { first: iso(s.first), last: iso(s.last) }
  }

  it('takes a bare date as the whole UTC day, both ends inclusive', () => {
    expect(span('2025-03-09')).toEqual({
      first: '2025-03-09T00:00:00.000Z',
      last: '2025-03-09T23:59:59.999Z',
    })
  })
  it.each([
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    [' 2025-03-09 ', '2025-03-09T00:00:00.000Z', '2025-03-09T23:59:59.999Z'],
    ['2025-12-31', '2025-12-31T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
  ])('reads the day %j as %s to %s', (text, first, last) =>
    expect(span(text)).toEqual({ first, last }),
  )
  it.each([
    ['2025-03-09T06:00:00-06:00', '2025-03-09T12:00:00.000Z'],
    ['2025-03-09T12:00:00.123Z', '2025-03-09T12:00:00.123Z'],
    ['2025-03-09T12:00Z', '2025-03-09T12:00:00.000Z'],
    ['2025-03-09T23:59Z', '2025-03-09T23:59:00.000Z'],
    ['2025-03-09T00:00:00.1Z', '2025-03-09T00:00:00.100Z'],
    ['2025-03-09T23:59:59.999999999Z', '2025-03-09T23:59:59.999Z'],
    ['2025-03-09t12:00:00z', '2025-03-09T12:00:00.000Z'],
    ['2025-03-09T12:00:00+05:30', '2025-03-09T06:30:00.000Z'],
    ['2025-03-09T12:00:00-23:59', '2025-03-10T11:59:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('reads the date-time %j as the one instant %s', (text, instant) =>
    expect(span(text)).toEqual({ first: instant, last: instant }),
  )
  it.each([
    '2025-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0099-01-01',
    '2025-3-9',
    '2025-03-09x',
    'x2025-03-09',
    '12025-03-09',
    '03/09/2025',
    '2025-03-09T12:00:00',
    '2025-03-09T24:00:00Z',
    '2025-03-09T12:60Z',
    '2025-03-09T12:00:60Z',
    '2025-03-09T12:00:00.1234567890Z',
    '2025-03-09T12:00:00.Z',
    '2025-03-09T12:00:00+24:00',
    '2025-03-09T12:00:00+0530',
    '2025-02-30T12:00:00Z',
    '0099-01-01T12:00:00Z',
    'x2025-03-09T12:00:00Z',
    '+002025-03-09T12:00:00Z',
    '2025-03-09T12:00:00Zx',
    '2025-03-09T12:00:00+01:00:00',
    '2025-03-09 12:00:00Z',
    'yesterday',
    '',
  ])('refuses %j', (text) => expect(parseDateSpan(text)).toBeNull())
})

describe('isGuid', () => {
  it('accepts GUIDs in any case and refuses near misses', () => {
    expect(isGuid('2c809e08-a5ba-4559-9c1c-4ac2555fb1e6')).toBe(true)
    expect(isGuid('2C809E08-A5BA-4559-9C1C-4AC2555FB1E6')).toBe(true)
    expect(isGuid('2c809e08-a5ba-4559-9c1c-4ac2555fb1e')).toBe(false)
    expect(isGuid('{2c809e08-a5ba-4559-9c1c-4ac2555fb1e6}')).toBe(false)
  })
  it.each([
    'x2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
    '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6x',
    '2c809e0-8a5ba-4559-9c1c-4ac2555fb1e6',
    '2c809e08-a5b-a4559-9c1c-4ac2555fb1e6',
    '2c809e08-a5ba-455-99c1c-4ac2555fb1e6',
    '2c809e08-a5ba-4559-9c1-c4ac2555fb1e6',
    '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6a',
    'gc809e08-a5ba-4559-9c1c-4ac2555fb1e6',
    '2c809e08a5ba-4559-9c1c-4ac2555fb1e6',
  ])('refuses the near miss %j', (text) => expect(isGuid(text)).toBe(false))
  it('writes a GUID in its canonical form: trimmed, lower case', () => {
    expect(normalizeGuid(' 2C809E08-A5BA-4559-9C1C-4AC2555FB1E6 ')).toBe(
      '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
    )
  })
})
