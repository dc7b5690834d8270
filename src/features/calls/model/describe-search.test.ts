import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from './calls-view-state'
import { ALL_CALLS, describeSearch, searchTitle } from './describe-search'

describe('the search in words', () => {
  it('names each filter set, in the order of the form, by its label', () => {
    expect(describeSearch({ ...EMPTY_FILTERS, borrowerid: '100000001' })).toBe(
      'Borrower ID 100000001',
    )
    expect(
      describeSearch({
        loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
        borrowerid: '100000001',
        phonenumber: '(402) 555-0134',
        startdate: '2026-03-01',
        enddate: '2026-03-31',
      }),
    ).toBe(
      'Loan ID 2c809e08-a5ba-4559-9c1c-4ac2555fb1e6, Borrower ID 100000001, Phone number (402) 555-0134, From 2026-03-01, To 2026-03-31',
    )
  })

  it('says "all calls" when nothing narrows the search', () => {
    expect(describeSearch(EMPTY_FILTERS)).toBe(ALL_CALLS)
    expect(ALL_CALLS).toBe('all calls')
  })
})

describe('the tab title', () => {
  it('names the search, then the app', () => {
    expect(searchTitle({ ...EMPTY_FILTERS, borrowerid: '100000001' })).toBe(
      'Borrower 100000001 · Call history',
    )
    expect(
      searchTitle({
        loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
        borrowerid: '',
        phonenumber: '(402) 555-0134',
        startdate: '2026-03-01',
        enddate: '2026-03-31',
      }),
    ).toBe(
      'Loan 2c809e08-a5ba-4559-9c1c-4ac2555fb1e6, Phone (402) 555-0134, From 2026-03-01, To 2026-03-31 · Call history',
    )
  })

  it('says "All calls" when nothing narrows the search', () => {
    expect(searchTitle(EMPTY_FILTERS)).toBe('All calls · Call history')
  })
})
