import * as v from 'valibot'
import { Hono } from 'hono'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CALLS_URL_PATH, problemSchema } from '../../src/contract'
import { createApp } from '../app'
import { createFaultInjector } from '../faults/fault-injector'
import { parseFaultSpec } from '../faults/fault-spec'
import { limitRequestTime, MAX_URL_BYTES } from '../http/request-limits'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(300)
afterAll(() => database.close())

const DEMO = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
const PATH = `${CALLS_URL_PATH}?borrowerid=`

/** A request target of exactly `bytes` bytes. */
const targetOf = (bytes: number) => `${PATH}${'b'.repeat(bytes - PATH.length)}`

describe('request limits', () => {
  const app = createApp({ db: database.db, log: () => {} })

  it(`answers 414 with a problem for a URL over ${MAX_URL_BYTES} bytes, before validation`, async () => {
    const res = await app.request(`http://127.0.0.1${targetOf(MAX_URL_BYTES + 1)}`, {
      headers: DEMO,
    })
    expect(res.status).toBe(414)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(v.parse(problemSchema, await res.json()).detail).toMatch(/8193 bytes.*at most 8192/)
    // Everywhere, not only on the API.
    expect((await app.request(`http://127.0.0.1/x?${'a'.repeat(MAX_URL_BYTES)}`)).status).toBe(414)
  })

  it('counts bytes, not characters: multi-byte text in the query counts as sent', async () => {
    const res = await app.request(
      `http://127.0.0.1${PATH}${encodeURIComponent('é'.repeat(1400))}`,
      { headers: DEMO },
    )
    expect(res.status).toBe(414) // 1400 × "%C3%A9" = 8400 bytes
  })

  it(`lets a URL of exactly ${MAX_URL_BYTES} bytes through to validation (400 naming borrowerid)`, async () => {
    const res = await app.request(`http://127.0.0.1${targetOf(MAX_URL_BYTES)}`, { headers: DEMO })
    expect(res.status).toBe(400)
    expect(v.parse(problemSchema, await res.json()).errors?.[0]?.parameter).toBe('borrowerid')
  })

  it('answers 503 with a problem when the handler exceeds the time limit', async () => {
    const slow = createApp({
      db: database.db,
      log: () => {},
      requestTimeoutMs: 50,
      faults: createFaultInjector(parseFaultSpec('latency=400')),
    })
    const started = performance.now()
    const res = await slow.request(`http://127.0.0.1${PATH}100000001`, { headers: DEMO })
    expect(res.status).toBe(503)
    expect(performance.now() - started).toBeLessThan(350)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(v.parse(problemSchema, await res.json()).detail).toMatch(/within 50 ms/)
  })

  it('lets a request within the limit through', async () => {
    const inTime = createApp({
      db: database.db,
      log: () => {},
      requestTimeoutMs: 2000,
      faults: createFaultInjector(parseFaultSpec('latency=30')),
    })
    expect(
      (await inTime.request(`http://127.0.0.1${PATH}100000001`, { headers: DEMO })).status,
    ).toBe(200)
  })

  it('leaves no timer behind once a request is answered in time', async () => {
    vi.useFakeTimers()
    try {
      const quick = new Hono().use(limitRequestTime(60_000)).get('/', (c) => c.text('done'))
      expect(await (await quick.request('/')).text()).toBe('done')
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
