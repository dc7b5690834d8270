import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SORT,
  parseViewState,
  serializeViewState,
  type CallsViewState,
} from './calls-view-state'

describe('the URL is the state', () => {
  it('round-trips every part of the view through the query string', () => {
    const view: CallsViewState = {
      filters: {
        loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
        borrowerid: '100000001',
        phonenumber: '(402) 555-0134',
        startdate: '2025-03-01',
        enddate: '2025-03-31',
      },
      page: 3,
      limit: 50,
      sort: { column: 'callStatus', desc: false },
      callId: 'b6f94538-f1e0-479d-aa34-4a76030691cd',
    }
    const search = serializeViewState(view).toString()
    expect(search).toBe(
      'loanid=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6&borrowerid=100000001&phonenumber=%28402%29+555-0134&startdate=2025-03-01&enddate=2025-03-31&page=3&limit=50&sort=callStatus.asc&call=b6f94538-f1e0-479d-aa34-4a76030691cd',
    )
    expect(parseViewState(`?${search}`)).toEqual(view)
  })

  it('leaves defaults out, so the plain view has a plain URL', () => {
    expect(serializeViewState(parseViewState('')).toString()).toBe('')
    expect(parseViewState('').sort).toEqual(DEFAULT_SORT)
  })

  it('falls back to defaults for values a hand-edited URL may carry', () => {
    const view = parseViewState('?page=-2&limit=7&sort=password.up&call=')
    expect(view).toMatchObject({ page: 1, limit: 20, sort: DEFAULT_SORT, callId: null })
  })
})
