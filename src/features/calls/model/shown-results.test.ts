import { describe, expect, it } from 'vitest'
import type { WireCall, WireCallsPage } from '../../../contract/call-record-schema'
import { pagePosition, shownResults, sliceWhole, type PageSnapshot } from './shown-results'

const call = (n: number) => ({ callId: `c${n}` }) as WireCall
const calls = (count: number) => Array.from({ length: count }, (_, n) => call(n))
const apiPage = (
  offset: number,
  limit: number,
  last: string | null,
  next: string | null = null,
): WireCallsPage => ({
  paging: {
    offset,
    limit,
    links: { first: '/x?offset=0', last, previous: null, next },
  },
  data: [],
})
const snapshot = (page: number): PageSnapshot => ({
  rows: [call(page)],
  page,
  pageCount: 9,
  sortScope: 'page',
})
const base = {
  enabled: true,
  current: null,
  currentIsPrevious: false,
  kept: null,
  requestedPage: 3,
  failed: false,
  cancelled: false,
}

describe('which page an API page is', () => {
  it.each([
    [0, 20, '/x?offset=80', 1, 5],
    [40, 20, '/x?offset=80', 3, 5],
    [80, 20, '/x?offset=80', 5, 5],
    // A total that is an exact multiple of the page size: the last page is full, not one more.
    [0, 20, '/x?offset=20', 1, 2],
    [0, 10, '/x?offset=0', 1, 1],
  ])('offset %i, limit %i, last %s → page %i of %s', (offset, limit, last, page, pageCount) => {
    expect(pagePosition(apiPage(offset, limit, last))).toEqual({ page, pageCount })
  })

  it('with no last link, a page with no next is the last; one with a next has no known count', () => {
    expect(pagePosition(apiPage(100, 50, null))).toEqual({ page: 3, pageCount: 3 })
    expect(pagePosition(apiPage(100, 50, null, '/x?offset=150'))).toEqual({
      page: 3,
      pageCount: null,
    })
  })
})

describe('a page of a whole result', () => {
  it('slices the asked-for page and counts pages, the last one partial', () => {
    const whole = calls(45)
    expect(sliceWhole(whole, 1, 20).rows.map((c) => c.callId)).toEqual(
      calls(20).map((c) => c.callId),
    )
    expect(sliceWhole(whole, 3, 20)).toMatchObject({ page: 3, pageCount: 3, sortScope: 'all' })
    expect(sliceWhole(whole, 3, 20).rows).toHaveLength(5)
    expect(sliceWhole(calls(40), 2, 20).pageCount).toBe(2)
    expect(sliceWhole(calls(41), 3, 20).rows).toEqual([calls(41)[40]])
  })

  it('an empty result is one page with no rows', () => {
    expect(sliceWhole([], 1, 20)).toMatchObject({ rows: [], page: 1, pageCount: 1 })
  })
})

describe('what the results area shows', () => {
  it('nothing is asked while the filters are invalid', () => {
    expect(shownResults({ ...base, enabled: false, current: snapshot(1) })).toEqual({
      status: 'idle',
    })
  })

  it('loads, fails or is cancelled with no rows when nothing of this search was shown', () => {
    expect(shownResults(base)).toEqual({ status: 'loading' })
    expect(shownResults({ ...base, failed: true })).toEqual({ status: 'error' })
    expect(shownResults({ ...base, cancelled: true })).toEqual({ status: 'cancelled' })
  })

  it('shows the asked-for page as it is', () => {
    expect(shownResults({ ...base, current: snapshot(3) })).toEqual({
      status: 'rows',
      snapshot: snapshot(3),
      stale: false,
      pageProblem: null,
    })
  })

  it('keeps an earlier page of the same search, dimmed, while the asked-for one loads', () => {
    expect(shownResults({ ...base, current: snapshot(2), currentIsPrevious: true })).toEqual({
      status: 'rows',
      snapshot: snapshot(2),
      stale: true,
      pageProblem: null,
    })
  })

  it.each([
    ['failed', 'error'],
    ['cancelled', 'cancelled'],
  ] as const)('when the asked-for page %s, the page shown stays and is named', (flag, kind) => {
    const expected = {
      status: 'rows',
      snapshot: snapshot(2),
      stale: false,
      pageProblem: { page: 3, kind },
    }
    expect(
      shownResults({ ...base, [flag]: true, current: snapshot(2), currentIsPrevious: true }),
    ).toEqual(expected)
    expect(shownResults({ ...base, [flag]: true, kept: snapshot(2) })).toEqual(expected)
  })

  it('a page that answered wins over any kept one', () => {
    expect(
      shownResults({ ...base, failed: true, current: snapshot(3), kept: snapshot(2) }),
    ).toEqual({ status: 'rows', snapshot: snapshot(3), stale: false, pageProblem: null })
  })
})
