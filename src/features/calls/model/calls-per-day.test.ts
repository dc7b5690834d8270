import { describe, expect, it } from 'vitest'
import { tallyCalls } from './call-tally'
import { callsPerDay } from './calls-per-day'
import { testCall } from './test-calls'

const CHICAGO = 'America/Chicago'
// America/Chicago: CST = UTC−6, CDT = UTC−5. Mar 8, 2026 is 23 hours long (02:00 CST → 03:00 CDT),
// Nov 1, 2026 is 25 hours long (02:00 CDT → 01:00 CST).

describe('callsPerDay in America/Chicago, spring forward (a 23-hour day)', () => {
  // By hand, each call's local time and day:
  //   A 2026-03-07T05:59:59.999Z  Contacted  → Mar 6 23:59:59.999 CST → Mar 6
  //   (no call on Mar 7)
  //   B 2026-03-08T06:30Z         Attempted  → Mar 8 00:30 CST        → Mar 8
  //   C 2026-03-08T08:00Z         Contacted  → Mar 8 03:00 CDT        → Mar 8
  //   D 2026-03-09T04:30Z         Voicemail  → Mar 8 23:30 CDT        → Mar 8
  //   E 2026-03-09T05:30Z         Attempted  → Mar 9 00:30 CDT        → Mar 9
  //   F 2026-03-10T04:59:59.999Z  Contacted  → Mar 9 23:59:59.999 CDT → Mar 9
  // The filter picked Mar 6 to Mar 9 in Chicago: 06:00Z Mar 6 to 04:59:59.999Z Mar 10.
  // Columns Contacted, Attempted, Voicemail:
  //   Mar 6 [1,0,0]=1; Mar 7 [0,0,0]=0; Mar 8 [1,1,1]=3; Mar 9 [1,1,0]=2; busiest 3.
  // (In UTC the days would differ: A on Mar 7, D and E on Mar 9, F on Mar 10.)
  const tally = tallyCalls([
    testCall('2026-03-07T05:59:59.999Z', 'Contacted'),
    testCall('2026-03-08T06:30:00.000Z', 'Attempted'),
    testCall('2026-03-08T08:00:00.000Z', 'Contacted'),
    testCall('2026-03-09T04:30:00.000Z', 'Voicemail'),
    testCall('2026-03-09T05:30:00.000Z', 'Attempted'),
    testCall('2026-03-10T04:59:59.999Z', 'Contacted'),
  ])
  const range = { startdate: '2026-03-06T06:00:00.000Z', enddate: '2026-03-10T04:59:59.999Z' }

  it('counts each call on its local day, zero days included, stacked by status', () => {
    expect(callsPerDay(tally, CHICAGO, range)).toEqual({
      zone: CHICAGO,
      statuses: ['Contacted', 'Attempted', 'Voicemail'],
      days: [
        { day: '2026-03-06', counts: [1, 0, 0], total: 1 },
        { day: '2026-03-07', counts: [0, 0, 0], total: 0 },
        { day: '2026-03-08', counts: [1, 1, 1], total: 3 },
        { day: '2026-03-09', counts: [1, 1, 0], total: 2 },
      ],
      max: 3,
    })
  })

  it('in UTC, the same calls fall on other days, and the range widens to keep every call', () => {
    // By hand, in UTC: A Mar 7; B, C Mar 8; D, E Mar 9; F Mar 10. The range's instants are Mar 6
    // and Mar 10 in UTC: Mar 6 [0,0,0]; Mar 7 [1,0,0]; Mar 8 [1,1,0]; Mar 9 [0,1,1]; Mar 10 [1,0,0].
    expect(callsPerDay(tally, 'UTC', range).days).toEqual([
      { day: '2026-03-06', counts: [0, 0, 0], total: 0 },
      { day: '2026-03-07', counts: [1, 0, 0], total: 1 },
      { day: '2026-03-08', counts: [1, 1, 0], total: 2 },
      { day: '2026-03-09', counts: [0, 1, 1], total: 2 },
      { day: '2026-03-10', counts: [1, 0, 0], total: 1 },
    ])
  })
})

describe('callsPerDay in America/Chicago, fall back (a 25-hour day)', () => {
  //   L 2026-10-31T04:59:59.999Z  Attempted → Oct 30 23:59:59.999 CDT → Oct 30
  //   (no call on Oct 31)
  //   G 2026-11-01T05:30Z  Contacted → Nov 1 00:30 CDT → Nov 1
  //   H 2026-11-01T06:30Z  Attempted → Nov 1 01:30 CDT → Nov 1
  //   I 2026-11-01T07:30Z  Attempted → Nov 1 01:30 CST (the repeated hour) → Nov 1
  //   J 2026-11-02T05:30Z  Contacted → Nov 1 23:30 CST → Nov 1
  //   K 2026-11-02T06:00Z  Attempted → Nov 2 00:00 CST → Nov 2
  // No filter range: the days run from the first call's to the last's.
  //   Oct 30 [0,1]=1; Oct 31 [0,0]=0; Nov 1 [2,2]=4; Nov 2 [0,1]=1; busiest 4. Sum 6 = 6 calls.
  it('counts all 25 hours of Nov 1 on Nov 1', () => {
    const tally = tallyCalls([
      testCall('2026-11-02T06:00:00.000Z', 'Attempted'),
      testCall('2026-11-02T05:30:00.000Z', 'Contacted'),
      testCall('2026-11-01T07:30:00.000Z', 'Attempted'),
      testCall('2026-11-01T06:30:00.000Z', 'Attempted'),
      testCall('2026-11-01T05:30:00.000Z', 'Contacted'),
      testCall('2026-10-31T04:59:59.999Z', 'Attempted'),
    ])
    expect(callsPerDay(tally, CHICAGO)).toEqual({
      zone: CHICAGO,
      statuses: ['Contacted', 'Attempted'],
      days: [
        { day: '2026-10-30', counts: [0, 1], total: 1 },
        { day: '2026-10-31', counts: [0, 0], total: 0 },
        { day: '2026-11-01', counts: [2, 2], total: 4 },
        { day: '2026-11-02', counts: [0, 1], total: 1 },
      ],
      max: 4,
    })
  })
})

describe('callsPerDay at the edges', () => {
  it('keeps both known statuses and sorts unknown ones after them, by name', () => {
    // One call each of "Zeta", "" and "Alpha" on Apr 2 UTC: columns Contacted, Attempted, "", Alpha, Zeta.
    const tally = tallyCalls([
      testCall('2026-04-02T12:00:00.000Z', 'Zeta'),
      testCall('2026-04-02T12:00:00.000Z', ''),
      testCall('2026-04-02T12:00:00.000Z', 'Alpha'),
    ])
    expect(callsPerDay(tally, 'UTC')).toEqual({
      zone: 'UTC',
      statuses: ['Contacted', 'Attempted', '', 'Alpha', 'Zeta'],
      days: [{ day: '2026-04-02', counts: [0, 0, 1, 1, 1], total: 3 }],
      max: 3,
    })
  })

  it('shows the picked days as zeros when nothing matched, and nothing with no range either', () => {
    const none = tallyCalls([])
    // Apr 1 00:00 CDT = 05:00Z; Apr 3 23:59:59.999 CDT = Apr 4 04:59:59.999Z: Apr 1, 2, 3.
    expect(
      callsPerDay(none, CHICAGO, {
        startdate: '2026-04-01T05:00:00.000Z',
        enddate: '2026-04-04T04:59:59.999Z',
      }).days.map((d) => [d.day, d.total]),
    ).toEqual([
      ['2026-04-01', 0],
      ['2026-04-02', 0],
      ['2026-04-03', 0],
    ])
    expect(callsPerDay(none, CHICAGO)).toEqual({
      zone: CHICAGO,
      statuses: ['Contacted', 'Attempted'],
      days: [],
      max: 0,
    })
  })

  it('over two years, keeps every day and every call: the days add up to the total', () => {
    // One call at 12:00Z every third day from 2025-01-01 for 244 calls (days 0, 3, …, 729), the
    // status alternating from Contacted. 2025-01-01 + 729 days = 2026-12-31 (2025 and 2026 have 365
    // days each). Contacted are the even-numbered: 122; Attempted 122. Days listed: 730.
    const calls = Array.from({ length: 244 }, (_, i) =>
      testCall(
        new Date(Date.UTC(2025, 0, 1 + 3 * i, 12)).toISOString(),
        i % 2 === 0 ? 'Contacted' : 'Attempted',
      ),
    )
    const perDay = callsPerDay(tallyCalls(calls), 'UTC')
    expect(perDay.days).toHaveLength(730)
    expect(perDay.days.at(-1)?.day).toBe('2026-12-31')
    expect(perDay.days.reduce((sum, d) => sum + d.total, 0)).toBe(244)
    expect(perDay.days.reduce((sum, d) => sum + d.counts[0]!, 0)).toBe(122)
    expect(perDay.days[1]).toEqual({ day: '2025-01-02', counts: [0, 0], total: 0 })
    expect(perDay.max).toBe(1)
  })
})
