import { describe, expect, it } from 'vitest'
import { DATE_PRESETS, presetDates, type DatePreset } from './date-presets'

const preset = (label: DatePreset['label']) => DATE_PRESETS.find((p) => p.label === label)!

describe('presetDates', () => {
  // 2026-03-08 18:00 UTC is 12:00 CDT on the day Chicago springs forward (a 23-hour day).
  const dstDay = new Date('2026-03-08T18:00:00Z')

  it.each([
    ['Today', '2026-03-08', '2026-03-08'],
    // Seven calendar days including today: Mar 2 … Mar 8.
    ['Last 7 days', '2026-03-02', '2026-03-08'],
    // Thirty including today, back across February's 28 days: Feb 7 … Mar 8.
    ['Last 30 days', '2026-02-07', '2026-03-08'],
    ['This month', '2026-03-01', '2026-03-08'],
  ] as const)('%s on a DST day in Chicago: %s to %s', (label, startdate, enddate) => {
    expect(presetDates(preset(label), dstDay, 'America/Chicago')).toEqual({ startdate, enddate })
  })

  it('reads today in the given zone: 03:00 UTC on New Year is still Dec 31 in Chicago', () => {
    const newYear = new Date('2027-01-01T03:00:00Z')
    expect(presetDates(preset('This month'), newYear, 'America/Chicago')).toEqual({
      startdate: '2026-12-01',
      enddate: '2026-12-31',
    })
    expect(presetDates(preset('This month'), newYear, 'UTC')).toEqual({
      startdate: '2027-01-01',
      enddate: '2027-01-01',
    })
    expect(presetDates(preset('Last 7 days'), newYear, 'Pacific/Auckland')).toEqual({
      startdate: '2026-12-26',
      enddate: '2027-01-01',
    })
  })

  it('counts the first and last millisecond of a day as that day', () => {
    expect(
      presetDates(preset('Today'), new Date('2026-06-15T05:00:00.000Z'), 'America/Chicago'),
    ).toEqual({
      startdate: '2026-06-15',
      enddate: '2026-06-15',
    })
    expect(
      presetDates(preset('Today'), new Date('2026-06-15T04:59:59.999Z'), 'America/Chicago'),
    ).toEqual({
      startdate: '2026-06-14',
      enddate: '2026-06-14',
    })
  })

  it('offers the four presets in order', () => {
    expect(DATE_PRESETS.map((p) => p.label)).toEqual([
      'Today',
      'Last 7 days',
      'Last 30 days',
      'This month',
    ])
  })
})
