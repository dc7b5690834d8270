import { hashKey } from '@tanstack/react-query'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as SearchAsked from './search-asked'

// The record is module state: each test starts from a fresh module.
let record: typeof SearchAsked
beforeEach(async () => {
  vi.resetModules()
  record = await import('./search-asked')
})

const failed = (key: unknown[], errorUpdatedAt: number, status = 'error') => ({
  queryHash: hashKey(key),
  state: { status, errorUpdatedAt },
})

describe('searchFailedJustNow', () => {
  it('is true for a failure of a page a search asked for, after it asked, until a second has passed', () => {
    const { noteSearchAsked, searchFailedJustNow, FAILED_JUST_NOW_MS } = record
    noteSearchAsked(['page', 'a'], 1000)
    expect(searchFailedJustNow(failed(['page', 'a'], 1000), 1000)).toBe(true)
    expect(searchFailedJustNow(failed(['page', 'a'], 1050), 1050 + FAILED_JUST_NOW_MS - 1)).toBe(
      true,
    )
    expect(searchFailedJustNow(failed(['page', 'a'], 1050), 1050 + FAILED_JUST_NOW_MS)).toBe(false)
  })

  it('is false for a page no search asked for, a failure from before the search, or no failure', () => {
    const { noteSearchAsked, searchFailedJustNow } = record
    noteSearchAsked(['page', 'b'], 2000)
    expect(searchFailedJustNow(failed(['page', 'other'], 2010), 2020)).toBe(false)
    expect(searchFailedJustNow(failed(['page', 'b'], 1999), 2020)).toBe(false)
    expect(searchFailedJustNow(failed(['page', 'b'], 2010, 'success'), 2020)).toBe(false)
  })

  it('keeps up to MAX_SEARCHES_ASKED searches, then starts afresh', () => {
    const { noteSearchAsked, searchFailedJustNow, MAX_SEARCHES_ASKED } = record
    const isKept = (n: number) => searchFailedJustNow(failed(['page', n], 3001), 3002)
    for (let n = 0; n < MAX_SEARCHES_ASKED; n++) noteSearchAsked(['page', n], 3000)
    expect(isKept(0)).toBe(true)
    expect(isKept(MAX_SEARCHES_ASKED - 1)).toBe(true)
    noteSearchAsked(['page', MAX_SEARCHES_ASKED], 3000)
    expect(isKept(0)).toBe(false)
    expect(isKept(MAX_SEARCHES_ASKED - 1)).toBe(false)
    expect(isKept(MAX_SEARCHES_ASKED)).toBe(true)
  })
})
