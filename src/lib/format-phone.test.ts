import { describe, expect, it } from 'vitest'
import { formatPhoneNumber } from './format-phone'

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
