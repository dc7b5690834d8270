import { afterEach, describe, expect, it, vi } from 'vitest'
import { eachDayKey, formatDayKey, localDayKey } from './local-days'

const CHICAGO = 'America/Chicago'
const at = (iso: string) => Date.parse(iso)

// America/Chicago, 2026: CST is UTC−6, CDT UTC−5. DST starts Sun Mar 8 at 02:00 CST (→ 03:00 CDT),
// so Mar 8 runs 06:00Z to 05:00Z next day: 23 hours. It ends Sun Nov 1 at 02:00 CDT (→ 01:00 CST),
// so Nov 1 runs 05:00Z to 06:00Z next day: 25 hours.
describe('localDayKey in America/Chicago across DST', () => {
  const cases: [instant: string, day: string, why: string][] = [
    ['2026-03-08T05:59:59.999Z', '2026-03-07', '23:59:59.999 CST, Mar 7'],
    ['2026-03-08T06:00:00.000Z', '2026-03-08', '00:00 CST: the 23-hour day begins'],
    ['2026-03-08T06:30:00.000Z', '2026-03-08', '00:30 CST'],
    ['2026-03-08T07:59:59.999Z', '2026-03-08', '01:59:59.999 CST, the last before the gap'],
    ['2026-03-08T08:00:00.000Z', '2026-03-08', '03:00 CDT, the first after it'],
    [
      '2026-03-09T04:30:00.000Z',
      '2026-03-08',
      '23:30 CDT (a fixed −6 h would say 22:30, same day)',
    ],
    ['2026-03-09T05:00:00.000Z', '2026-03-09', '00:00 CDT: the 23-hour day is over'],
    ['2026-03-09T05:30:00.000Z', '2026-03-09', '00:30 CDT (a fixed −6 h would say Mar 8 23:30)'],
    ['2026-11-01T04:59:59.999Z', '2026-10-31', '23:59:59.999 CDT, Oct 31'],
    ['2026-11-01T05:30:00.000Z', '2026-11-01', '00:30 CDT (a fixed −6 h would say Oct 31 23:30)'],
    ['2026-11-01T06:30:00.000Z', '2026-11-01', '01:30 CDT, the first 01:30'],
    ['2026-11-01T07:30:00.000Z', '2026-11-01', '01:30 CST, the repeated hour'],
    ['2026-11-02T05:30:00.000Z', '2026-11-01', '23:30 CST (a fixed −5 h would say Nov 2 00:30)'],
    ['2026-11-02T05:59:59.999Z', '2026-11-01', '23:59:59.999 CST: the 25th hour ends'],
    ['2026-11-02T06:00:00.000Z', '2026-11-02', '00:00 CST, Nov 2'],
  ]
  it.each(cases)('%s is on %s (%s)', (instant, day) => {
    expect(localDayKey(instant, CHICAGO)).toBe(day)
    expect(localDayKey(at(instant), CHICAGO)).toBe(day)
  })

  it('asked in any order, gives each instant its own day', () => {
    const toDay = (instant: number) => localDayKey(instant, CHICAGO)
    for (const [instant, day] of [...cases].reverse()) expect(toDay(at(instant))).toBe(day)
    for (const [instant, day] of cases) expect(toDay(at(instant))).toBe(day)
  })
})

describe('localDayKey when a local midnight falls inside a UTC hour', () => {
  // Asia/Kolkata is UTC+5:30 all year: its midnight is 18:30Z, half-way through a UTC hour.
  it('splits that hour at the local midnight, whichever side is asked first', () => {
    const toDay = (instant: number) => localDayKey(instant, 'Asia/Kolkata')
    expect(toDay(at('2026-03-01T18:30:00.000Z'))).toBe('2026-03-02') // 00:00 IST Mar 2
    expect(toDay(at('2026-03-01T18:29:59.999Z'))).toBe('2026-03-01') // 23:59:59.999 IST Mar 1
    expect(toDay(at('2026-03-01T18:00:00.000Z'))).toBe('2026-03-01') // 23:30 IST Mar 1
    expect(toDay(at('2026-03-01T18:59:59.999Z'))).toBe('2026-03-02') // 00:29:59.999 IST Mar 2
  })
  it('splits at the midnight of a quarter-hour offset too', () => {
    // Pacific/Chatham is UTC+13:45 in March (daylight time): 10:00Z–10:59Z is 23:45–00:44 local,
    // split; 11:00Z–11:59Z is 00:45–01:44 on the next day.
    const toDay = (instant: number) => localDayKey(instant, 'Pacific/Chatham')
    expect(toDay(at('2026-03-01T10:14:59.999Z'))).toBe('2026-03-01')
    expect(toDay(at('2026-03-01T10:15:00.000Z'))).toBe('2026-03-02')
    expect(toDay(at('2026-03-01T11:59:00.000Z'))).toBe('2026-03-02')
  })
})

// The clock keeps each zone's offsets at whole UTC hours for the module's life, so what a test reads
// depends on what was read before it: each of these reads zones and hours no other test here reads.
// (Importing a fresh copy of the modules inside a test would make Stryker take the modules' load-time
// code as covered by it.)
describe('localDayKey reads few clocks', () => {
  afterEach(() => vi.restoreAllMocks())
  const reads = () => vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')

  it('reads two offsets for a whole UTC hour that no local midnight splits', () => {
    // Winnipeg keeps Chicago's time: CST, UTC-6, in January.
    const toDay = (instant: number) => localDayKey(instant, 'America/Winnipeg')
    const read = reads()
    // 12:00Z-13:00Z is 06:00-07:00 CST: one day, whatever the instant.
    for (let ms = 0; ms < 3_600_000; ms += 60_000)
      expect(toDay(at('2026-01-15T12:00:00.000Z') + ms)).toBe('2026-01-15')
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('reads an hour that ends on a local midnight as one day', () => {
    // 05:00Z-06:00Z is 23:00-24:00 CST: the hour's last millisecond is still Jan 14, the next
    // one is Jan 15. Three hours' offsets answer both hours (05Z, 06Z and 07Z).
    const toDay = (instant: number) => localDayKey(instant, 'America/Winnipeg')
    const read = reads()
    expect(toDay(at('2026-01-15T05:30:00.000Z'))).toBe('2026-01-14')
    expect(toDay(at('2026-01-15T05:59:59.999Z'))).toBe('2026-01-14')
    expect(toDay(at('2026-01-15T06:00:00.000Z'))).toBe('2026-01-15')
    expect(read).toHaveBeenCalledTimes(3)
  })

  it('reads an hour a local midnight splits from the same two offsets', () => {
    // 18:30Z is midnight in Colombo (UTC+5:30): the hour holds two days.
    const toDay = (instant: number) => localDayKey(instant, 'Asia/Colombo')
    const read = reads()
    expect(toDay(at('2026-03-01T18:10:00.000Z'))).toBe('2026-03-01')
    expect(toDay(at('2026-03-01T18:40:00.000Z'))).toBe('2026-03-02')
    expect(read).toHaveBeenCalledTimes(2)
  })
})

describe('eachDayKey', () => {
  it('lists every calendar day, both ends included, through a DST change and a leap day', () => {
    expect(eachDayKey('2026-03-07', '2026-03-09')).toEqual([
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ])
    expect(eachDayKey('2028-02-28', '2028-03-01')).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ])
    expect(eachDayKey('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01'])
    expect(eachDayKey('2026-03-08', '2026-03-08')).toEqual(['2026-03-08'])
    expect(eachDayKey('2026-03-09', '2026-03-08')).toEqual([])
  })
  it('counts 731 days over two years that hold a leap day (365 + 366)', () => {
    const days = eachDayKey('2027-06-01', '2029-05-31')
    expect(days).toHaveLength(731)
    expect(days[0]).toBe('2027-06-01')
    expect(days.at(-1)).toBe('2029-05-31')
  })
})

describe('formatDayKey', () => {
  it('names the day as people read it, the year when asked', () => {
    expect(formatDayKey('2026-03-08')).toBe('Mar 8')
    expect(formatDayKey('2026-11-01', true)).toBe('Nov 1, 2026')
  })
})
