import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SORT,
  parseViewState,
  refusedTimeZone,
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
      timeZone: 'America/Chicago',
    }
    const search = serializeViewState(view).toString()
    expect(search).toBe(
      'loanid=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6&borrowerid=100000001&phonenumber=%28402%29+555-0134&startdate=2025-03-01&enddate=2025-03-31&tz=America%2FChicago&page=3&limit=50&sort=callStatus.asc&call=b6f94538-f1e0-479d-aa34-4a76030691cd',
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

  it.each(['0', '-1', '2.5', 'two', '', 'Infinity'])('reads ?page=%s as page 1', (page) => {
    expect(parseViewState(`?page=${page}`).page).toBe(1)
  })

  it('takes any whole page from 1 up, and only the offered page sizes', () => {
    expect(parseViewState('?page=1').page).toBe(1)
    expect(parseViewState('?page=2').page).toBe(2)
    expect(parseViewState('?page=40').page).toBe(40)
    expect(parseViewState('?limit=10').limit).toBe(10)
    expect(parseViewState('?limit=100').limit).toBe(100)
    expect(parseViewState('?limit=1').limit).toBe(20)
    expect(parseViewState('?limit=0').limit).toBe(20)
    expect(parseViewState('?limit=10.5').limit).toBe(20)
  })

  it.each([
    ['callStatus.asc', { column: 'callStatus', desc: false }],
    ['callStatus.desc', { column: 'callStatus', desc: true }],
    ['borrowerId.asc', { column: 'borrowerId', desc: false }],
    ['loanId.desc', { column: 'loanId', desc: true }],
    ['callTimestamp.asc', { column: 'callTimestamp', desc: false }],
    // A known column with a direction that is not asc or desc is refused whole.
    ['callStatus.up', DEFAULT_SORT],
    ['callStatus.', DEFAULT_SORT],
    ['callStatus', DEFAULT_SORT],
    ['callStatus.asc.x', { column: 'callStatus', desc: false }],
    ['callstatus.asc', DEFAULT_SORT],
    ['.asc', DEFAULT_SORT],
  ] as const)('reads ?sort=%s', (sort, expected) => {
    expect(parseViewState(`?sort=${sort}`).sort).toEqual(expected)
  })

  it('trims the filters and keeps each under its own name', () => {
    expect(parseViewState('?borrowerid=%20100000001%20&enddate=2025-03-31').filters).toEqual({
      loanid: '',
      borrowerid: '100000001',
      phonenumber: '',
      startdate: '',
      enddate: '2025-03-31',
    })
  })

  it('writes a sort that differs from the default in its column or its direction alone', () => {
    const plain = parseViewState('')
    const write = (sort: CallsViewState['sort']) =>
      serializeViewState({ ...plain, sort }).toString()
    expect(write({ column: 'callStatus', desc: true })).toBe('sort=callStatus.desc')
    expect(write({ column: 'callTimestamp', desc: false })).toBe('sort=callTimestamp.asc')
    expect(write(DEFAULT_SORT)).toBe('')
  })

  it('writes page 2 and up, and the one filter that is set', () => {
    const plain = parseViewState('')
    expect(serializeViewState({ ...plain, page: 2 }).toString()).toBe('page=2')
    const filters = { ...plain.filters, phonenumber: '4025550134' }
    expect(serializeViewState({ ...plain, filters }).toString()).toBe('phonenumber=4025550134')
  })
})

describe("the zone a link's days were read in (tz)", () => {
  const dated = '?borrowerid=100000001&startdate=2026-03-01&enddate=2026-03-31'

  it('is read, in its canonical spelling, when the link has a From or a To', () => {
    expect(parseViewState(`${dated}&tz=America/Chicago`).timeZone).toBe('America/Chicago')
    expect(parseViewState(`${dated}&tz=america/chicago`).timeZone).toBe('America/Chicago')
    expect(parseViewState('?startdate=2026-03-01&tz=Pacific/Auckland').timeZone).toBe(
      'Pacific/Auckland',
    )
    expect(parseViewState('?enddate=2026-03-01&tz=UTC').timeZone).toBe('UTC')
  })

  it('means nothing without days: no zone is read, and none is written', () => {
    expect(parseViewState('?borrowerid=100000001&tz=America/Chicago').timeZone).toBeNull()
    const undated = { ...parseViewState('?borrowerid=100000001'), timeZone: 'America/Chicago' }
    expect(serializeViewState(undated).toString()).toBe('borrowerid=100000001')
  })

  it('is written beside the days, and read back the same', () => {
    const view = { ...parseViewState('?enddate=2026-03-31'), timeZone: 'Pacific/Auckland' }
    const search = serializeViewState(view).toString()
    expect(search).toBe('enddate=2026-03-31&tz=Pacific%2FAuckland')
    expect(parseViewState(search)).toEqual(view)
    expect(serializeViewState({ ...view, timeZone: null }).toString()).toBe('enddate=2026-03-31')
  })

  it.each(['Mars/Olympus_Mons', '+05:00', 'GMT-6 ', '', '../../etc', 'America/Chicago<script>'])(
    'refuses tz=%j, and says so when there are days it would have applied to',
    (tz) => {
      const search = `${dated}&tz=${encodeURIComponent(tz)}`
      expect(parseViewState(search).timeZone).toBeNull()
      expect(refusedTimeZone(search)).toBe(tz)
      expect(refusedTimeZone(`?borrowerid=1&tz=${encodeURIComponent(tz)}`)).toBeNull()
    },
  )

  it('refuses nothing when the zone is known or absent', () => {
    expect(refusedTimeZone(`${dated}&tz=America/Chicago`)).toBeNull()
    expect(refusedTimeZone(dated)).toBeNull()
  })
})
