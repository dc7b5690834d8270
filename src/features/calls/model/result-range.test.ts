import { describe, expect, it } from 'vitest'
import { resultRange } from './result-range'

describe('resultRange', () => {
  it.each([
    // page, limit, rows on the page, total → line
    [1, 20, 20, 1870, '1–20 of 1,870 calls'],
    [2, 20, 20, 1870, '21–40 of 1,870 calls'],
    // The last page of an exact multiple, and a short last page.
    [94, 20, 10, 1870, '1,861–1,870 of 1,870 calls'],
    [5, 20, 20, 100, '81–100 of 100 calls'],
    [1, 10, 1, 1, '1 of 1 call'],
    [3, 10, 1, 21, '21 of 21 calls'],
    [1, 50, 0, 0, '0 of 0 calls'],
  ])('page %i at %i a page with %i rows of %s: "%s"', (page, limit, rows, total, line) => {
    expect(resultRange(page, limit, rows, total)).toBe(line)
  })

  it('says the total is not known yet rather than guessing', () => {
    expect(resultRange(3, 20, 20, null)).toBe('41–60 of …')
    expect(resultRange(3, 20, 0, null)).toBe('No calls on this page')
  })
})
