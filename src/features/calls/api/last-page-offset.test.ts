import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReferenceServer } from '../../../../server/test/reference-server'
import { SAMPLE_LOAN_ID } from '../../../contract/call-filters'
import type { WireCallsPage } from '../../../contract/call-record-schema'
import { createApiClient } from '../../../lib/api-client'
import { fetchCallsPage, lastPageOffset } from './calls-api'

// The pager's page count comes from here. The sample loan has 52 calls: at 26 or 4 a page that is
// an exact multiple, where an off-by-one puts the last page one page past the end.
let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer(200)
})
afterAll(() => server.close())

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }

describe('lastPageOffset against the reference server', () => {
  it.each([
    [26, 26],
    [4, 48],
    [52, 0],
    [20, 40],
    [51, 51],
    [500, 0],
  ])('52 calls at %i a page: the last page starts at %i', async (limit, last) => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    const first = await fetchCallsPage(request, { loanid: SAMPLE_LOAN_ID }, 0, limit)
    expect(lastPageOffset(first)).toBe(last)
    const lastPage = await fetchCallsPage(request, { loanid: SAMPLE_LOAN_ID }, last, limit)
    expect(lastPage.data.length).toBe(52 - last)
    expect(lastPage.paging.links.next).toBeNull()
  })
})

describe('lastPageOffset from links of any shape', () => {
  const page = (offset: number, last: string | null, next: string | null): WireCallsPage => ({
    paging: { offset, limit: 20, links: { first: null, last, previous: null, next } },
    data: [],
  })

  it.each([
    ['/calls?offset=0&limit=20', 0],
    ['https://api.example/calls?limit=20&offset=40', 40],
    ['calls?offset=40', 40],
    ['/calls?offset=-20', null],
    ['/calls?offset=2.5', null],
    ['/calls?offset=x', null],
  ])('reads %j as %j', (last, offset) => {
    expect(lastPageOffset(page(0, last, '/calls?offset=20'))).toBe(offset)
  })

  it('without links.last, takes this page as the last only when there is no next', () => {
    expect(lastPageOffset(page(60, null, null))).toBe(60)
    expect(lastPageOffset(page(60, null, '/calls?offset=80'))).toBeNull()
  })
})
