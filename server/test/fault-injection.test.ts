import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH, callsPageSchema, problemSchema } from '../../src/contract'
import { createApp } from '../app'
import { createFaultInjector } from '../faults/fault-injector'
import { SimulatedConnectionReset } from '../faults/fault-middleware'
import { parseFaultSpec } from '../faults/fault-spec'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(500)
afterAll(() => database.close())

const DEMO = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
const CALLS = `http://127.0.0.1${CALLS_URL_PATH}`

/** An app whose faults start as `spec`; `random` pins every roll of the dice. */
function appWithFaults(spec: string | null, random?: () => number) {
  const faults = spec === null ? null : createFaultInjector(parseFaultSpec(spec), random)
  const app = createApp({ db: database.db, log: () => {}, faults })
  const get = (query = '', headers: Record<string, string> = {}) =>
    app.request(`${CALLS}?limit=5${query}`, { headers: { ...DEMO, ...headers } })
  const control = (method: string, body?: string) =>
    app.request('http://127.0.0.1/__faults', { method, ...(body === undefined ? {} : { body }) })
  return { app, get, control }
}

describe('fault injection, in-process', () => {
  it('adds latency, fixed or drawn from a range', async () => {
    const { get } = appWithFaults('latency=120')
    const started = performance.now()
    expect((await get()).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    const ranged = appWithFaults('latency=50-60', () => 0.999)
    const t = performance.now()
    await ranged.get()
    expect(performance.now() - t).toBeGreaterThanOrEqual(55)
  })

  it.each([
    [500, null],
    [503, '2'],
    [429, '2'],
  ])('answers %i as a problem, with Retry-After %s', async (code, retryAfter) => {
    const spec = code === 500 ? 'status=500' : `status=${code},retry-after=2`
    const res = await appWithFaults(spec).get()
    expect(res.status).toBe(code)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('retry-after')).toBe(retryAfter)
    expect(v.parse(problemSchema, await res.json()).status).toBe(code)
  })

  it('truncates: the start of the real JSON, cut so that it does not parse', async () => {
    const whole = await (await appWithFaults(null).get()).text()
    const res = await appWithFaults('truncate').get()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const cut = await res.text()
    expect(cut.length).toBe(Math.floor(whole.length / 2))
    expect(whole.startsWith(cut)).toBe(true)
    expect(() => JSON.parse(cut) as unknown).toThrow(SyntaxError)
  })

  it('answers a wrong shape: 200, valid JSON, not a CallsPage', async () => {
    const res = await appWithFaults('wrong-shape').get()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(v.safeParse(callsPageSchema, await res.json()).success).toBe(false)
  })

  it('resets: in-process the request rejects, as fetch does on a dropped connection', async () => {
    await expect(appWithFaults('reset').get()).rejects.toBeInstanceOf(SimulatedConnectionReset)
  })

  it('applies each fault at its rate, one outcome per request, the most disruptive first', async () => {
    // Rolls below the rate hit: 0.2 < 0.3 hits status, 0.5 misses reset:0.4 and status:0.3.
    const rolls = [0.5, 0.2]
    const { get } = appWithFaults('reset:0.4,status=503:0.3,truncate:0.1', () => rolls.shift() ?? 1)
    expect((await get()).status).toBe(503)
    expect((await get()).status).toBe(200) // rolls of 1 never hit
    expect((await appWithFaults('status=500:0').get()).status).toBe(200)
  })

  it('match limits faults to queries that contain the text; count to the next N of them', async () => {
    const { get, control } = appWithFaults('status=500,match=borrowerid=100000001,count=2')
    expect((await get('&borrowerid=100000002')).status).toBe(200)
    expect((await get('&borrowerid=100000001')).status).toBe(500)
    expect(await (await control('GET')).json()).toEqual({
      spec: 'status=500,match=borrowerid=100000001,count=2',
      remaining: 1,
    })
    expect((await get('&borrowerid=100000001')).status).toBe(500)
    expect((await get('&borrowerid=100000001')).status).toBe(200)
    // The decoded query matches too: "(402) 555-0134" as the dashboard encodes it.
    const phone = appWithFaults('status=503,match=(402) 555-0134')
    expect((await phone.get(`&phonenumber=${encodeURIComponent('(402) 555-0134')}`)).status).toBe(
      503,
    )
  })

  it('never touches other paths: the OpenAPI document, unknown paths', async () => {
    const { app } = appWithFaults('status=500')
    expect((await app.request('http://127.0.0.1/calltrackingapi/openapi.json')).status).toBe(200)
    expect((await app.request('http://127.0.0.1/elsewhere')).status).toBe(404)
  })

  it('x-calltracking-fault forces a fault on one request, without using up the count', async () => {
    const { get, control } = appWithFaults('none')
    expect((await get('', { 'x-calltracking-fault': 'status=503' })).status).toBe(503)
    expect((await get()).status).toBe(200)
    const bad = await get('', { 'x-calltracking-fault': 'status=418' })
    expect(bad.status).toBe(400)
    expect(v.parse(problemSchema, await bad.json()).errors?.[0]?.parameter).toBe(
      'x-calltracking-fault',
    )
    await control('POST', 'status=500,count=1')
    expect((await get('', { 'x-calltracking-fault': 'none' })).status).toBe(200)
    expect((await get()).status).toBe(500)
  })

  it('POST /__faults replaces the spec at run time, DELETE clears it, a bad spec is a 400', async () => {
    const { get, control } = appWithFaults('none')
    expect(await (await control('GET')).json()).toEqual({ spec: 'none', remaining: null })
    const posted = await control('POST', 'status=429,retry-after=5')
    expect(posted.status).toBe(200)
    expect((await get()).headers.get('retry-after')).toBe('5')
    const bad = await control('POST', 'status=200')
    expect(bad.status).toBe(400)
    expect(v.parse(problemSchema, await bad.json()).errors?.[0]?.parameter).toBe('body')
    expect((await get()).status).toBe(429) // the bad spec changed nothing
    expect((await control('POST', 'x'.repeat(5000))).status).toBe(413)
    expect(await (await control('DELETE')).json()).toEqual({ spec: 'none', remaining: null })
    expect((await get()).status).toBe(200)
  })

  it('without CALLTRACKING_FAULTS: no /__faults, and the header is ignored', async () => {
    const { get, control } = appWithFaults(null)
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await control(method, method === 'POST' ? 'status=500' : undefined)
      expect(res.status).toBe(404)
    }
    expect((await get('', { 'x-calltracking-fault': 'status=500' })).status).toBe(200)
    expect((await get('', { 'x-calltracking-fault': 'not a spec' })).status).toBe(200)
  })
})
