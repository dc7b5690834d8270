import { describe, expect, it } from 'vitest'
import { resultPosition, stepTarget } from './call-stepping'

const rows = [{ callId: 'a' }, { callId: 'b' }, { callId: 'c' }]

describe('stepping through the result', () => {
  it('moves within the page', () => {
    expect(stepTarget(rows, 'b', 2, 3, 'next')).toEqual({ kind: 'row', callId: 'c' })
    expect(stepTarget(rows, 'b', 2, 3, 'previous')).toEqual({ kind: 'row', callId: 'a' })
  })

  it('crosses to the next page from the last row, and back from the first', () => {
    expect(stepTarget(rows, 'c', 2, 3, 'next')).toEqual({ kind: 'page', page: 3, pick: 'first' })
    expect(stepTarget(rows, 'a', 2, 3, 'previous')).toEqual({ kind: 'page', page: 1, pick: 'last' })
  })

  it('stops at the very first and last call of the result', () => {
    expect(stepTarget(rows, 'a', 1, 3, 'previous')).toBeNull()
    expect(stepTarget(rows, 'c', 3, 3, 'next')).toBeNull()
    // Within those pages, the other way is open.
    expect(stepTarget(rows, 'a', 1, 3, 'next')).toEqual({ kind: 'row', callId: 'b' })
    expect(stepTarget(rows, 'c', 3, 3, 'previous')).toEqual({ kind: 'row', callId: 'b' })
  })

  it('tries a next page when the page count is unknown', () => {
    expect(stepTarget(rows, 'c', 4, null, 'next')).toEqual({ kind: 'page', page: 5, pick: 'first' })
  })

  it('goes nowhere from a call that is not on the page', () => {
    expect(stepTarget(rows, 'z', 2, 3, 'next')).toBeNull()
    expect(stepTarget(rows, null, 2, 3, 'previous')).toBeNull()
  })

  it('places the call in the whole result', () => {
    // Page 3 at 20 a page starts at call 41; "b" is its second row.
    expect(resultPosition(rows, 'b', 3, 20)).toBe(42)
    // The page's first row is call 41, not "not on the page".
    expect(resultPosition(rows, 'a', 3, 20)).toBe(41)
    expect(resultPosition(rows, 'a', 1, 20)).toBe(1)
    expect(resultPosition(rows, 'z', 3, 20)).toBeNull()
  })
})
