import { describe, expect, it } from 'vitest'
import { DEFAULT_SORT, EMPTY_FILTERS, type CallsViewState } from './calls-view-state'
import { pivotView, rezonedView, resizedView, sameView, searchView } from './view-transitions'

const view: CallsViewState = {
  filters: { ...EMPTY_FILTERS, borrowerid: '100000001' },
  page: 4,
  limit: 20,
  sort: { column: 'callStatus', desc: false },
  callId: 'c1',
  timeZone: null,
}

describe('view transitions', () => {
  it('a search starts at page 1 with no drawer, keeping rows per page and sort', () => {
    const filters = { ...EMPTY_FILTERS, loanid: 'x' }
    expect(searchView(view, filters)).toEqual({ ...view, filters, page: 1, callId: null })
  })

  it('a search carries the zone its days were read in', () => {
    const filters = { ...EMPTY_FILTERS, startdate: '2026-03-01' }
    expect(searchView(view, filters, 'America/Chicago').timeZone).toBe('America/Chicago')
    expect(searchView({ ...view, timeZone: 'UTC' }, filters).timeZone).toBe('UTC')
  })

  it('another zone asks again from page 1 when there are days to read, and not otherwise', () => {
    const dated = { ...view, filters: { ...view.filters, enddate: '2026-03-31' } }
    expect(rezonedView(dated, 'Pacific/Honolulu')).toEqual({
      ...dated,
      timeZone: 'Pacific/Honolulu',
      page: 1,
      callId: null,
    })
    expect(
      rezonedView({ ...view, filters: { ...view.filters, startdate: '2026-03-01' } }, 'UTC'),
    ).not.toBeNull()
    expect(rezonedView(view, 'Pacific/Honolulu')).toBeNull()
  })

  it.each([
    // [shown page, old limit, new limit, new page]: the first row shown stays on screen.
    [1, 20, 50, 1],
    [3, 20, 50, 1], // row 41 → page 1 of 50
    [4, 20, 10, 7], // row 61 → page 7 of 10
    [6, 20, 100, 2], // row 101 → page 2 of 100
    [5, 20, 50, 2], // row 81 → page 2 of 50
    [2, 50, 20, 3], // row 51 → page 3 of 20
  ])('page %i at %i a page becomes, at %i a page, page %i', (shown, limit, next, page) => {
    expect(resizedView({ ...view, limit }, shown, next)).toMatchObject({ limit: next, page })
  })

  it('views are the same when their URLs are', () => {
    expect(sameView(view, { ...view })).toBe(true)
    expect(sameView(view, { ...view, sort: DEFAULT_SORT })).toBe(false)
    expect(sameView(view, { ...view, filters: { ...view.filters, borrowerid: ' ' } })).toBe(false)
  })

  it('a pivot searches that one value alone, from page 1, with the drawer closed', () => {
    const dated = { ...view, filters: { ...view.filters, startdate: '2026-01-01' } }
    expect(pivotView(dated, 'loanid', 'L1')).toEqual({
      ...view,
      filters: { ...EMPTY_FILTERS, loanid: 'L1' },
      page: 1,
      callId: null,
    })
    expect(pivotView(view, 'phonenumber', '4025550134').filters).toEqual({
      ...EMPTY_FILTERS,
      phonenumber: '4025550134',
    })
  })
})
