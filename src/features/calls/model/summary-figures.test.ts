import { describe, expect, it } from 'vitest'
import { createTallyBuilder, tallyCalls } from './call-tally'
import { formatRate, summaryFigures } from './summary-figures'
import { testCall } from './test-calls'

const T = '2026-04-02T15:00:00.000Z'

describe('summaryFigures', () => {
  // By hand: 8 calls. Contacted: #1, #2, #8 = 3. Attempted: #3, #4, #5 = 3. Unknown statuses:
  // "Voicemail" (#6) and "" (#7), one each. Contact rate 3 ÷ 8 = 0.375 → "37.5%". Borrowers:
  // b1 (#1, #3, #5, #8), b2 (#2, #7), b3 (#4), b4 (#6) = 4 distinct.
  const calls = [
    testCall(T, 'Contacted', 'b1'),
    testCall(T, 'Contacted', 'b2'),
    testCall(T, 'Attempted', 'b1'),
    testCall(T, 'Attempted', 'b3'),
    testCall(T, 'Attempted', 'b1'),
    testCall(T, 'Voicemail', 'b4'),
    testCall(T, '', 'b2'),
    testCall(T, 'Contacted', 'b1'),
  ]

  it('counts every call, each known status, the unknown ones by name, the rate and the borrowers', () => {
    const figures = summaryFigures(tallyCalls(calls))
    expect(figures).toEqual({
      total: 8,
      byKnownStatus: { Contacted: 3, Attempted: 3 },
      otherStatuses: [
        { status: '', count: 1 },
        { status: 'Voicemail', count: 1 },
      ],
      contactRate: 0.375,
      distinctBorrowers: 4,
    })
    expect(formatRate(figures.contactRate)).toBe('37.5%')
  })

  it('gives the same figures whatever pages the calls came in', () => {
    const builder = createTallyBuilder()
    builder.add(calls.slice(0, 3))
    builder.add([])
    builder.add(calls.slice(3, 7))
    builder.add(calls.slice(7))
    expect(summaryFigures(builder.result())).toEqual(summaryFigures(tallyCalls(calls)))
  })

  it('counts a status named like an object property as a status, nothing more', () => {
    const figures = summaryFigures(
      tallyCalls([testCall(T, '__proto__'), testCall(T, 'constructor'), testCall(T, 'Contacted')]),
    )
    expect(figures.total).toBe(3)
    expect(figures.otherStatuses).toEqual([
      { status: '__proto__', count: 1 },
      { status: 'constructor', count: 1 },
    ])
    // 1 ÷ 3 = 0.333… → "33.3%"
    expect(formatRate(figures.contactRate)).toBe('33.3%')
  })

  it('has no rate for no calls, and zeros for statuses that did not occur', () => {
    const figures = summaryFigures(tallyCalls([]))
    expect(figures).toEqual({
      total: 0,
      byKnownStatus: { Contacted: 0, Attempted: 0 },
      otherStatuses: [],
      contactRate: null,
      distinctBorrowers: 0,
    })
    expect(formatRate(figures.contactRate)).toBe('—')
  })
})

describe('formatRate', () => {
  it('shows one decimal, rounding half away from zero', () => {
    expect(formatRate(2 / 3)).toBe('66.7%') // 66.666…
    expect(formatRate(1 / 16)).toBe('6.3%') // 6.25
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(0)).toBe('0.0%')
  })
})
