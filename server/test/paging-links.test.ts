import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { FILTER_PARAMS, callsQuerySchema, type CallsQuery } from '../../src/contract'
import { pagingLinks } from '../calls/paging-links'

const URL_SENT = 'http://127.0.0.1:4173/calltrackingapi/calltracking/calls?limit=20&junk=1'

const links = (query: Record<string, string>, total: number) =>
  pagingLinks(URL_SENT, v.parse(callsQuerySchema, query), total)

const offsetOf = (link: string | null) =>
  link === null ? null : Number(new URL(link).searchParams.get('offset'))

const offsets = (query: Record<string, string>, total: number) => {
  const l = links(query, total)
  return {
    first: offsetOf(l.first),
    last: offsetOf(l.last),
    previous: offsetOf(l.previous),
    next: offsetOf(l.next),
  }
}

describe('paging links', () => {
  it.each([
    // total, limit, offset of the last page
    [0, 20, 0],
    [1, 20, 0],
    [19, 20, 0],
    [20, 20, 0],
    [21, 20, 20],
    [40, 20, 20],
    [41, 20, 40],
    [60, 20, 40],
    [500, 1, 499],
    [1000, 500, 500],
  ])('for %i calls at %i a page, the last page starts at %i', (total, limit, last) => {
    expect(offsets({ limit: String(limit) }, total).last).toBe(last)
  })

  it('on an exact multiple, the last page is full and has no next', () => {
    expect(offsets({ offset: '20', limit: '20' }, 40)).toEqual({
      first: 0,
      last: 20,
      previous: 0,
      next: null,
    })
    expect(offsets({ offset: '0', limit: '20' }, 40).next).toBe(20)
  })

  it('previous steps back a page, never below 0, and from past the end to the real last page', () => {
    expect(offsets({ offset: '0' }, 100).previous).toBeNull()
    expect(offsets({ offset: '1' }, 100).previous).toBe(0)
    expect(offsets({ offset: '5', limit: '20' }, 100).previous).toBe(0)
    expect(offsets({ offset: '45', limit: '20' }, 100).previous).toBe(25)
    expect(offsets({ offset: '60', limit: '20' }, 100).previous).toBe(40)
    expect(offsets({ offset: '100', limit: '20' }, 100).previous).toBe(80)
    expect(offsets({ offset: '1000', limit: '20' }, 100).previous).toBe(80)
    expect(offsets({ offset: '1000', limit: '20' }, 0).previous).toBe(0)
  })

  it('next exists while a call remains after this page', () => {
    expect(offsets({ offset: '0', limit: '20' }, 21).next).toBe(20)
    expect(offsets({ offset: '0', limit: '20' }, 20).next).toBeNull()
    expect(offsets({ offset: '5', limit: '20' }, 26).next).toBe(25)
    expect(offsets({ offset: '5', limit: '20' }, 25).next).toBeNull()
    expect(offsets({ offset: '0' }, 0).next).toBeNull()
  })

  it('carries exactly the normalised filters and the page size, on the URL the request came to', () => {
    const l = links(
      {
        loanid: '2C809E08-A5BA-4559-9C1C-4AC2555FB1E6',
        borrowerid: '100000001',
        phonenumber: '(402) 555-0134',
        startdate: '2025-03-01',
        enddate: '2025-03-31T12:00:00Z',
        offset: '40',
        limit: '20',
      },
      100,
    )
    expect(l.first).toBe(
      'http://127.0.0.1:4173/calltrackingapi/calltracking/calls?loanid=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6&borrowerid=100000001&phonenumber=4025550134&startdate=2025-03-01&enddate=2025-03-31T12%3A00%3A00Z&offset=0&limit=20',
    )
    expect(links({}, 100).next).toBe(
      'http://127.0.0.1:4173/calltrackingapi/calltracking/calls?offset=20&limit=20',
    )
  })

  // The links as they were first built: a URL parsed and its searchParams set, for each link.
  const byUrl = (requestUrl: string, q: CallsQuery, total: number) => {
    const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / q.limit) * q.limit
    const link = (offset: number) => {
      const url = new URL(requestUrl)
      url.search = ''
      for (const name of FILTER_PARAMS) {
        const value = q[name]
        if (value !== undefined) url.searchParams.set(name, value)
      }
      url.searchParams.set('offset', String(offset))
      url.searchParams.set('limit', String(q.limit))
      return url.toString()
    }
    return {
      first: link(0),
      last: link(lastOffset),
      previous: q.offset === 0 ? null : link(Math.min(Math.max(0, q.offset - q.limit), lastOffset)),
      next: q.offset + q.limit < total ? link(q.offset + q.limit) : null,
    }
  }

  it.each([
    URL_SENT,
    'http://127.0.0.1:4173/calltrackingapi/calltracking/calls',
    'https://calls.example.com:8443/prefix/calltrackingapi/calltracking/calls?x=1#part',
    'http://[::1]:4173/calltrackingapi/calltracking/calls?#',
    'http://h/calltrackingapi/calltracking/calls#a#b?c',
    'http://h/caf%C3%A9/calls?q=%20',
    'http://h',
  ])('writes the same text as URL.searchParams would, on %s', (requestUrl) => {
    const queries: CallsQuery[] = [
      v.parse(callsQuerySchema, {}),
      v.parse(callsQuerySchema, { offset: '40', limit: '7' }),
      v.parse(callsQuerySchema, {
        loanid: '2C809E08-A5BA-4559-9C1C-4AC2555FB1E6',
        borrowerid: 'b_1-2',
        phonenumber: '+1 (402) 555-0134',
        startdate: ' 2025-03-01 ',
        enddate: '2025-03-31T12:00:00+05:30',
        offset: '1000000000',
        limit: '500',
      }),
      // Values the schema never gives, written as a form would write them all the same.
      { offset: 1e21, limit: 20, borrowerid: 'a b&c=d+é/?#%' },
      { offset: 2.5, limit: 1e-7, startdate: '\u2028<>"\'' },
    ]
    for (const q of queries)
      for (const total of [0, 1, 45, 1e22])
        expect(pagingLinks(requestUrl, q, total)).toEqual(byUrl(requestUrl, q, total))
  })
})
