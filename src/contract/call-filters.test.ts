import { describe, expect, it } from 'vitest'
import { isGuid, normalizePhoneNumber, parseDateBound } from './call-filters'

describe('normalizePhoneNumber', () => {
  it.each([
    '(402) 555-0134',
    '+1 402-555-0134',
    '402.555.0134',
    '4025550134',
    '1 (402) 555 0134',
    '  402-555-0134  ',
  ])('reads %j as 4025550134', (text) => expect(normalizePhoneNumber(text)).toBe('4025550134'))
  it.each([
    '555-0134',
    '402555013',
    '+44 20 7946 0958',
    '402-555-0134 ext 2',
    'four oh two',
    '',
    '2 402 555 0134',
  ])('refuses %j', (text) => expect(normalizePhoneNumber(text)).toBeNull())
})

describe('parseDateBound', () => {
  it('takes a bare date as the whole UTC day, both ends inclusive', () => {
    expect(new Date(parseDateBound('2025-03-09', 'start') ?? 0).toISOString()).toBe(
      '2025-03-09T00:00:00.000Z',
    )
    expect(new Date(parseDateBound('2025-03-09', 'end') ?? 0).toISOString()).toBe(
      '2025-03-09T23:59:59.999Z',
    )
  })
  it('takes a date-time with Z or an offset as that exact instant, on either edge', () => {
    expect(parseDateBound('2025-03-09T06:00:00-06:00', 'end')).toBe(
      Date.parse('2025-03-09T12:00:00Z'),
    )
    expect(parseDateBound('2025-03-09T12:00:00.123Z', 'start')).toBe(
      Date.parse('2025-03-09T12:00:00.123Z'),
    )
    expect(parseDateBound('2025-03-09T12:00Z', 'start')).toBe(Date.parse('2025-03-09T12:00:00Z'))
  })
  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-3-9',
    '03/09/2025',
    '2025-03-09T12:00:00',
    '2025-03-09T24:00:00Z',
    'yesterday',
    '',
  ])('refuses %j', (text) => expect(parseDateBound(text, 'start')).toBeNull())
  it('accepts a real leap day', () => expect(parseDateBound('2024-02-29', 'start')).not.toBeNull())
})

describe('isGuid', () => {
  it('accepts GUIDs in any case and refuses near misses', () => {
    expect(isGuid('2c809e08-a5ba-4559-9c1c-4ac2555fb1e6')).toBe(true)
    expect(isGuid('2C809E08-A5BA-4559-9C1C-4AC2555FB1E6')).toBe(true)
    expect(isGuid('2c809e08-a5ba-4559-9c1c-4ac2555fb1e')).toBe(false)
    expect(isGuid('{2c809e08-a5ba-4559-9c1c-4ac2555fb1e6}')).toBe(false)
  })
})
