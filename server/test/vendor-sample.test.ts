import * as v from 'valibot'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { callsPageSchema } from '../../src/contract'
import { createApp } from '../app'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(500)
const app = createApp({ db: database.db, log: () => {} })
afterAll(() => database.close())

describe("the vendor doc's sample request", () => {
  it('answers 200 with the documented shape, headers exactly as the doc sends them', async () => {
    // ../shared/reference/get-calls.md, the curl sample: host swapped for the local one.
    const res = await app.request(
      'http://127.0.0.1:4173/calltrackingapi/calltracking/calls?loanid=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
      {
        method: 'GET',
        headers: {
          Accept: '*/*',
          'Accept-Encoding': 'gzip, deflate',
          Authorization: 'demo-access-token',
          'Cache-Control': 'no-cache',
          Connection: 'keep-alive',
          Host: '127.0.0.1:4173',
          'cache-control': 'no-cache',
          servicerid: '2',
          tenantid: '314',
        },
      },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    // The doc's client accepts gzip, so that is what it gets (an HTTP client inflates it).
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')
    const body = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['data', 'paging'])
    const page = v.parse(callsPageSchema, body)
    expect(Object.keys(page.paging).sort()).toEqual(['limit', 'links', 'offset'])
    expect(Object.keys(page.paging.links).sort()).toEqual(['first', 'last', 'next', 'previous'])
    expect(page.data).toHaveLength(20)
    expect(
      page.data.every(
        (c) =>
          c.loanId === '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6' &&
          c.tenantId === '314' &&
          c.servicerId === '2',
      ),
    ).toBe(true)
    // At least 45 calls: three pages at the default page size.
    expect(new URL(page.paging.links.last).searchParams.get('offset')).toBe('40')
  })

  it('publishes an OpenAPI 3.1 document generated from the same schemas', async () => {
    const res = await app.request('http://127.0.0.1/calltrackingapi/openapi.json')
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<string, { get: { parameters: { name: string }[] } }>
      components: { schemas: Record<string, unknown> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.paths['/calltracking/calls']?.get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'loanid',
        'borrowerid',
        'phonenumber',
        'startdate',
        'enddate',
        'offset',
        'limit',
        'tenantid',
        'servicerid',
      ]),
    )
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Call', 'CallsPage', 'Paging', 'Problem']),
    )
  })
})
