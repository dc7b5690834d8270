import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import {
  CALLS_URL_PATH as CALLS,
  callsPageSchema,
  SAMPLE_LOAN_ID,
  type CallsPage,
} from '../../src/contract'
import { SAMPLE_LOAN_CALLS } from '../db/seed'
import { createTestClient, createTestDatabase, EDGE_BORROWER } from './test-database'

const database = createTestDatabase()
const get = createTestClient(database.db)
afterAll(() => database.close())

async function follow(link: string, credentials?: Parameters<typeof get>[1]): Promise<CallsPage> {
  const url = new URL(link, 'http://127.0.0.1')
  const res = await get(`${url.pathname}${url.search}`, credentials)
  expect(res.status).toBe(200)
  return v.parse(callsPageSchema, res.body)
}

const offsetOf = (link: string | null) =>
  link === null ? null : Number(new URL(link).searchParams.get('offset'))

describe('paging', () => {
  it('walks every page through links.next: the union is the whole set in order, with no duplicates', async () => {
    const credentials = { token: 'demo-access-token', tenantId: '314', servicerId: '3' }
    const whole = database.db
      .prepare(
        "SELECT callId FROM calls WHERE tenantId='314' AND servicerId='3' AND callTimestamp >= ?",
      )
      .pluck()
      .all(Date.parse('2025-01-01T00:00:00Z')) as string[]
    expect(whole.length).toBeGreaterThan(100)
    const seen: string[] = []
    let link: string | null = `${CALLS}?startdate=2025-01-01&limit=37`
    let pages = 0
    while (link) {
      const p = await follow(link, credentials)
      seen.push(...p.data.map((c) => c.callId))
      link = p.paging.links.next
      pages++
    }
    expect(pages).toBe(Math.ceil(whole.length / 37))
    expect(new Set(seen).size).toBe(seen.length)
    // Exactly the whole set in the one total order, whichever end of the index a page was read from.
    expect(seen).toEqual(whole)
  })

  it('orders ties in the same millisecond by callId, so pages never overlap', async () => {
    const credentials = { token: 'demo-access-token', tenantId: '314', servicerId: '3' }
    const first = await follow(
      `${CALLS}?borrowerid=${EDGE_BORROWER}&startdate=2025-04-01&enddate=2025-04-01&limit=2`,
      credentials,
    )
    const second = await follow(first.paging.links.next ?? '', credentials)
    const third = await follow(second.paging.links.next ?? '', credentials)
    expect([...first.data, ...second.data, ...third.data].map((c) => c.callId.slice(-1))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ])
  })

  it('gives first/last always, previous null on the first page and next null on the last', async () => {
    const base = `${CALLS}?loanid=${SAMPLE_LOAN_ID.toUpperCase()}`
    const first = await follow(base)
    expect(first.paging).toMatchObject({ offset: 0, limit: 20 })
    const lastOffset = Math.floor((SAMPLE_LOAN_CALLS - 1) / 20) * 20
    expect(offsetOf(first.paging.links.first)).toBe(0)
    expect(offsetOf(first.paging.links.last)).toBe(lastOffset)
    expect(first.paging.links.previous).toBeNull()
    expect(offsetOf(first.paging.links.next)).toBe(20)
    // Links carry the same (normalised) filters and page size.
    for (const link of Object.values(first.paging.links)) {
      if (link === null) continue
      const params = new URL(link).searchParams
      expect(params.get('loanid')).toBe(SAMPLE_LOAN_ID)
      expect(params.get('limit')).toBe('20')
    }

    const middle = await follow(first.paging.links.next ?? '')
    expect(middle.paging.offset).toBe(20)
    expect(offsetOf(middle.paging.links.previous)).toBe(0)
    expect(offsetOf(middle.paging.links.next)).toBe(40)

    const last = await follow(first.paging.links.last)
    expect(last.data).toHaveLength(SAMPLE_LOAN_CALLS - lastOffset)
    expect(last.paging.links.next).toBeNull()
    expect(offsetOf(last.paging.links.previous)).toBe(lastOffset - 20)
  })

  it('answers an empty result with one (empty) page: first = last, no previous, no next', async () => {
    const empty = await follow(`${CALLS}?borrowerid=nobody-has-this-id`)
    expect(empty.data).toEqual([])
    expect(offsetOf(empty.paging.links.first)).toBe(0)
    expect(offsetOf(empty.paging.links.last)).toBe(0)
    expect(empty.paging.links.previous).toBeNull()
    expect(empty.paging.links.next).toBeNull()
  })

  it('past the end, answers no rows and leads back to the real last page', async () => {
    const past = await follow(`${CALLS}?loanid=${SAMPLE_LOAN_ID}&offset=1000`)
    expect(past.data).toEqual([])
    expect(past.paging.offset).toBe(1000)
    expect(past.paging.links.next).toBeNull()
    expect(offsetOf(past.paging.links.previous)).toBe(40)
  })

  it('honours limit from 1 to 500 and defaults to 20', async () => {
    expect((await follow(`${CALLS}?limit=1`)).data).toHaveLength(1)
    expect((await follow(`${CALLS}?limit=500`)).data).toHaveLength(500)
    expect((await follow(`${CALLS}`)).paging.limit).toBe(20)
  })
})
