import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { callsQuerySchema } from '../../src/contract'
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
})
