import { hashKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import {
  FAILED_JUST_NOW_MS,
  MAX_SEARCHES_ASKED,
  noteSearchAsked,
  searchFailedJustNow,
} from './search-asked'

const failed = (key: unknown[], errorUpdatedAt: number, status = 'error') => ({
  queryHash: hashKey(key),
  state: { status, errorUpdatedAt },
})

describe('searchFailedJustNow', () => {
  it('is true for a failure of a page a search asked for, after it asked, until a second has passed', () => {
    noteSearchAsked(['page', 'a'], 1000)
    expect(searchFailedJustNow(failed(['page', 'a'], 1000), 1000)).toBe(true)
    expect(searchFailedJustNow(failed(['page', 'a'], 1050), 1050 + FAILED_JUST_NOW_MS - 1)).toBe(
      true,
    )
    expect(searchFailedJustNow(failed(['page', 'a'], 1050), 1050 + FAILED_JUST_NOW_MS)).toBe(false)
  })

  it('is false for a page no search asked for, a failure from before the search, or no failure', () => {
    noteSearchAsked(['page', 'b'], 2000)
    expect(searchFailedJustNow(failed(['page', 'other'], 2010), 2020)).toBe(false)
    expect(searchFailedJustNow(failed(['page', 'b'], 1999), 2020)).toBe(false)
    expect(searchFailedJustNow(failed(['page', 'b'], 2010, 'success'), 2020)).toBe(false)
  })

  it('forgets every search past the most it keeps, and starts afresh', () => {
    noteSearchAsked(['page', 'first'], 3000)
    for (let n = 0; n < MAX_SEARCHES_ASKED; n++) noteSearchAsked(['page', n], 3000)
    expect(searchFailedJustNow(failed(['page', 'first'], 3001), 3002)).toBe(false)
    expect(searchFailedJustNow(failed(['page', MAX_SEARCHES_ASKED - 1], 3001), 3002)).toBe(true)
  })
})
