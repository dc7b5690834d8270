import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../../../server/test/reference-server'
import { CALLS_PATH } from '../../../contract/api-paths'
import { SAMPLE_LOAN_ID } from '../../../contract/call-filters'
import { wireCallsPageSchema } from '../../../contract/call-record-schema'
import {
  fetchCallsPage,
  fetchWholeResult,
  lastPageOffset,
  WHOLE_RESULT_MAX_REQUESTS,
} from './calls-api'
import { createApiClient } from '../../../lib/api-client'
import { ApiError } from '../../../lib/api-error'

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
afterEach(() => vi.unstubAllGlobals())

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }

describe('the API module against the reference server', () => {
  it('sends the token and tenancy headers and parses a page with the shared schema', async () => {
    const api = createApiClient(server.apiBaseUrl)
    const page = await fetchCallsPage({ api, credentials: DEMO }, { loanid: SAMPLE_LOAN_ID }, 0, 20)
    expect(page.data).toHaveLength(20)
    expect(lastPageOffset(page)).toBe(40)
  })

  it('loads a small result whole by following links.next', async () => {
    const api = createApiClient(server.apiBaseUrl)
    const whole = await fetchWholeResult({ api, credentials: DEMO }, { loanid: SAMPLE_LOAN_ID })
    expect(whole.complete).toBe(true)
    expect(whole.calls).toHaveLength(52)
    expect(new Set(whole.calls.map((c) => c.callId)).size).toBe(52)
  })

  it('loads the whole result from a server that caps its pages below what was asked', async () => {
    // The real reference server behind a proxy that serves at most 100 calls a page, as an API
    // with a lower maximum would: the vendor doc sets none, so the dashboard may not assume ours.
    const realFetch = globalThis.fetch
    const requests: string[] = []
    vi.stubGlobal('fetch', (input: URL, init?: RequestInit) => {
      const url = new URL(input)
      if (Number(url.searchParams.get('limit')) > 100) url.searchParams.set('limit', '100')
      requests.push(url.search)
      return realFetch(url, init)
    })
    const api = createApiClient(server.apiBaseUrl)
    const filters = { startdate: '2025-06-01' }
    const expected = lastPageOffset(await fetchCallsPage({ api, credentials: DEMO }, filters, 0, 1))
    expect(expected).toBeGreaterThan(300) // more than three capped pages: the old cut-off
    const whole = await fetchWholeResult({ api, credentials: DEMO }, filters)
    expect(whole).toMatchObject({ complete: true })
    expect(whole.calls).toHaveLength((expected ?? 0) + 1)
    expect(new Set(whole.calls.map((c) => c.callId)).size).toBe(whole.calls.length)
    expect(requests).toHaveLength(1 + Math.ceil(whole.calls.length / 100))
  })

  it.each([
    [{ ...DEMO, accessToken: 'wrong' }, 401, undefined],
    [{ ...DEMO, servicerId: '4' }, 403, undefined],
  ])('throws a typed ApiError carrying the problem details (%#)', async (credentials, status) => {
    const api = createApiClient(server.apiBaseUrl)
    const error = await fetchCallsPage({ api, credentials }, {}, 0, 20).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'http', status, problem: { status } })
  })

  it('carries the parameter errors of a 400', async () => {
    const api = createApiClient(server.apiBaseUrl)
    const error = await api
      .get(DEMO, `${CALLS_PATH}?loanid=nope`, wireCallsPageSchema)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, problem: { errors: [{ parameter: 'loanid' }] } })
    expect((error as ApiError).message).toMatch(/loanid must be a GUID/)
  })

  it('says the API cannot be reached when nothing answers', async () => {
    const api = createApiClient('http://127.0.0.1:9/calltrackingapi')
    await expect(api.get(DEMO, CALLS_PATH, wireCallsPageSchema)).rejects.toMatchObject({
      kind: 'network',
      status: 0,
    })
  })
})

describe('links and odd answers (invented responses: the oddity is the point)', () => {
  const page = (links: unknown) => ({
    paging: { offset: 0, limit: 20, ...(links === undefined ? {} : { links }) },
    data: [],
  })
  const stub = (body: unknown, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
    )

  it.each([
    [
      'absolute',
      {
        first: 'https://api.example/x?offset=0',
        last: 'https://api.example/x?offset=80',
        previous: null,
        next: 'https://api.example/x?offset=20',
      },
      80,
    ],
    [
      'relative',
      { first: '/x?offset=0', last: '/x?offset=60', previous: '', next: '/x?offset=20' },
      60,
    ],
    ['null last', { first: null, last: null, previous: null, next: null }, 0],
    ['"" everywhere', { first: '', last: '', previous: '', next: '' }, 0],
    // No links at all: no `next` is known, so this page is taken as the last.
    ['missing links', undefined, 0],
  ])('accepts %s links', async (_name, links, lastOffset) => {
    stub(page(links))
    const api = createApiClient('https://api.example/calltrackingapi')
    const parsed = await api.get(DEMO, CALLS_PATH, wireCallsPageSchema)
    expect(lastPageOffset(parsed)).toBe(lastOffset)
    expect(parsed.paging.links.previous).toBeNull()
  })

  it('never follows a link to another origin', async () => {
    const fetchSpy = vi.fn()
    vi.stubGlobal('fetch', fetchSpy)
    const api = createApiClient('https://api.example/calltrackingapi')
    await expect(
      api.get(DEMO, 'https://evil.example/steal?offset=20', wireCallsPageSchema),
    ).rejects.toMatchObject({ kind: 'foreign-link' })
    await expect(api.get(DEMO, '//evil.example/steal', wireCallsPageSchema)).rejects.toMatchObject({
      kind: 'foreign-link',
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('accepts createdBy as an object and an unknown status, and refuses a body of the wrong shape', async () => {
    const call = {
      callId: 'x',
      tenantId: '314',
      servicerId: '2',
      loanId: 'l',
      borrowerId: 'b',
      phoneNumber: '4025550134',
      callStatus: 'Voicemail',
      callTimestamp: '2020-08-03T21:53:31.468Z',
      createdDate: '2020-08-03T21:53:31.468Z',
      updatedDate: '2020-08-03T21:53:31.468Z',
      createdBy: {},
      updatedBy: { userName: 'jdoe' },
    }
    stub({ ...page(undefined), data: [call] })
    const api = createApiClient('https://api.example/calltrackingapi')
    const parsed = await api.get(DEMO, CALLS_PATH, wireCallsPageSchema)
    expect(parsed.data[0]).toMatchObject({
      callStatus: 'Voicemail',
      createdBy: {},
      updatedBy: { userName: 'jdoe' },
    })

    stub({ data: 'nope' })
    await expect(api.get(DEMO, CALLS_PATH, wireCallsPageSchema)).rejects.toMatchObject({
      kind: 'invalid-response',
    })
  })

  it('says a whole result is incomplete when the pages do not add up to links.last', async () => {
    const call = (n: number) => ({
      callId: `c${n}`,
      tenantId: '314',
      servicerId: '2',
      loanId: 'l',
      borrowerId: 'b',
      phoneNumber: '4025550134',
      callStatus: 'Contacted',
      callTimestamp: '2020-08-03T21:53:31.468Z',
      createdDate: '2020-08-03T21:53:31.468Z',
      updatedDate: '2020-08-03T21:53:31.468Z',
      createdBy: 'a',
      updatedBy: 'a',
    })
    // Page 1 of a result whose last page starts at 20, but `next` already ends it: 10 are missing.
    stub({
      paging: {
        offset: 0,
        limit: 20,
        links: { first: '/x?offset=0', last: '/x?offset=20', previous: null, next: null },
      },
      data: Array.from({ length: 20 }, (_, n) => call(n)),
    })
    const api = createApiClient('https://api.example/calltrackingapi')
    const whole = await fetchWholeResult({ api, credentials: DEMO }, {})
    expect(whole).toMatchObject({ complete: false })
    expect(whole.calls).toHaveLength(20)
  })

  it('stops following next links after a bounded number of requests', async () => {
    const looping = {
      paging: {
        offset: 0,
        limit: 500,
        links: { first: '/x?offset=0', last: '/x?offset=0', previous: null, next: '/x?offset=0' },
      },
      data: [],
    }
    const fetchSpy = vi.fn(() => Promise.resolve(new Response(JSON.stringify(looping))))
    vi.stubGlobal('fetch', fetchSpy)
    const api = createApiClient('https://api.example/calltrackingapi')
    const whole = await fetchWholeResult({ api, credentials: DEMO }, {})
    expect(whole.complete).toBe(false)
    expect(fetchSpy).toHaveBeenCalledTimes(WHOLE_RESULT_MAX_REQUESTS)
  })

  it('keeps a non-JSON error body as a plain status message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
        ),
      ),
    )
    const api = createApiClient('https://api.example/calltrackingapi')
    await expect(api.get(DEMO, CALLS_PATH, wireCallsPageSchema)).rejects.toMatchObject({
      kind: 'http',
      status: 502,
      problem: undefined,
    })
  })
})
