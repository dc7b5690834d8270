import { describe, expect, it } from 'vitest'
import { NO_PAGES, placePages, sameRows, withoutAhead, type PageSlots } from './page-slots'

type Row = { id: number }
const rows = (...ids: number[]): Row[] => ids.map((id) => ({ id }))
const page1 = rows(1, 2)
const page2 = rows(3, 4)
const page3 = rows(5, 6)
const slots = (a: Row[] | null, b: Row[] | null, shown: 0 | 1): PageSlots<Row> => ({
  pages: [a, b],
  shown,
})

describe('sameRows', () => {
  it('is true for the same row objects in the same order, in another array', () => {
    expect(sameRows(page1, [...page1])).toBe(true)
    expect(sameRows([], [])).toBe(true)
  })

  it('is false for equal-looking rows that are other objects, another order or another length', () => {
    expect(sameRows(page1, rows(1, 2))).toBe(false)
    expect(sameRows(page1, [page1[1], page1[0]])).toBe(false)
    expect(sameRows(page1, page1.slice(0, 1))).toBe(false)
    expect(sameRows(page1.slice(0, 1), page1)).toBe(false)
  })

  it('is false against no rows at all', () => {
    expect(sameRows(null, page1)).toBe(false)
    expect(sameRows(page1, null)).toBe(false)
    expect(sameRows(null, [])).toBe(false)
    expect(sameRows(null, null)).toBe(false)
  })
})

describe('placePages', () => {
  it('draws the first rows in the shown slot, and the page ahead in the other', () => {
    expect(placePages(NO_PAGES, page1, null)).toEqual(slots(page1, null, 0))
    expect(placePages(NO_PAGES, page1, page2)).toEqual(slots(page1, page2, 0))
  })

  it('shows the slot that already holds the asked-for rows, keeping the page left for Previous', () => {
    const before = slots(page1, page2, 0)
    const after = placePages(before, [...page2], null)
    expect(after).toEqual(slots(page1, page2, 1))
    // Neither slot is drawn again: each keeps its array.
    expect(after.pages[0]).toBe(page1)
    expect(after.pages[1]).toBe(page2)
    // Back again: the other way round.
    expect(placePages(after, [...page1], null)).toEqual(slots(page1, page2, 0))
  })

  it('then puts the next page ahead in the slot just left', () => {
    const after = placePages(slots(page1, page2, 1), page2, page3)
    expect(after).toEqual(slots(page3, page2, 1))
    expect(after.pages[1]).toBe(page2)
  })

  it('swaps and fills the slot left in one go when the page after is already at hand', () => {
    expect(placePages(slots(page1, page2, 0), [...page2], page3)).toEqual(slots(page3, page2, 1))
  })

  it('replaces the rows on screen in place when neither slot holds them', () => {
    const other = rows(7, 8)
    expect(placePages(slots(page1, page2, 0), other, null)).toEqual(slots(other, page2, 0))
    expect(placePages(slots(page1, page2, 1), other, null)).toEqual(slots(page1, other, 1))
  })

  it('draws nothing ahead that is the page on screen, or already there', () => {
    const before = slots(page1, page2, 0)
    expect(placePages(before, page1, [...page1])).toBe(before)
    expect(placePages(before, page1, [...page2])).toBe(before)
  })

  it('gives back the same slots when nothing changes, so the tables are not rendered again', () => {
    const before = slots(page1, page2, 1)
    expect(placePages(before, [...page2], null)).toBe(before)
    expect(placePages(before, page2, page1)).toBe(before)
  })

  it('treats an empty page as rows like any other', () => {
    const empty: Row[] = []
    expect(placePages(NO_PAGES, empty, null)).toEqual(slots(empty, null, 0))
    expect(placePages(slots(page1, empty, 0), [], null)).toEqual(slots(page1, empty, 1))
  })
})

describe('withoutAhead', () => {
  it('empties the hidden slot, whichever it is, keeping the shown one', () => {
    expect(withoutAhead(slots(page1, page2, 0))).toEqual(slots(page1, null, 0))
    expect(withoutAhead(slots(page1, page2, 1))).toEqual(slots(null, page2, 1))
  })

  it('gives back the same slots when nothing is drawn ahead', () => {
    const before = slots(page1, null, 0)
    expect(withoutAhead(before)).toBe(before)
  })
})
