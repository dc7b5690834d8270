import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../server/test/reference-server'
import { CALLS_PATH } from '../contract/api-paths'
import { wireCallsPageSchema } from '../contract/call-record-schema'
import { createApiClient, DEFAULT_REQUEST_TIMEOUT_MS } from './api-client'
import { ApiError } from './api-error'

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer(200)
})
afterAll(() => server.close())
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
const ONE_CALL = `${CALLS_PATH}?limit=1`

describe('the transport against the reference server', () => {
  it.each([
    ['without a trailing slash', () => [server.apiBaseUrl, undefined] as const],
    ['with a trailing slash', () => [`${server.apiBaseUrl}/`, undefined] as const],
    ['as a path on the page’s origin', () => ['/calltrackingapi', server.origin] as const],
  ])('reaches the API with apiBaseUrl %s', async (_name, args) => {
    const [apiBaseUrl, origin] = args()
    const api = createApiClient(apiBaseUrl, origin)
    expect(api.baseUrl).toBe(`${server.apiBaseUrl}/`)
    const page = await api.get(DEMO, ONE_CALL, wireCallsPageSchema)
    expect(page.data).toHaveLength(1)
  })

  it('asks for JSON and sends the token and tenancy headers', async () => {
    const realFetch = globalThis.fetch
    const sent: Headers[] = []
    vi.stubGlobal('fetch', (input: URL, init?: RequestInit) => {
      sent.push(new Headers(init?.headers))
      return realFetch(input, init)
    })
    await createApiClient(server.apiBaseUrl).get(DEMO, ONE_CALL, wireCallsPageSchema)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.get('accept')).toBe('application/json')
    expect(sent[0]?.get('authorization')).toBe('demo-access-token')
  })

  it('says where in the answer it found the wrong form', async () => {
    const api = createApiClient(server.apiBaseUrl)
    const offsetAsText = v.object({ paging: v.object({ offset: v.string() }) })
    await expect(api.get(DEMO, ONE_CALL, offsetAsText)).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      message:
        'Unexpected response from the API: the answer was not in the expected form (at paging.offset).',
    })
    await expect(api.get(DEMO, ONE_CALL, v.array(v.unknown()))).rejects.toThrow(
      'the answer was not in the expected form (at the body).',
    )
  })

  it('names the origin it could not reach', async () => {
    const api = createApiClient('http://127.0.0.1:9/calltrackingapi')
    await expect(api.get(DEMO, ONE_CALL, wireCallsPageSchema)).rejects.toThrow(
      'Could not reach the Call Tracking API at http://127.0.0.1:9.',
    )
  })

  it('names the other site whose link it refused', async () => {
    const api = createApiClient(server.apiBaseUrl)
    await expect(
      api.get(DEMO, 'https://evil.example/steal?offset=20', wireCallsPageSchema),
    ).rejects.toThrow(
      'The API sent a link to another site (https://evil.example); it was not followed.',
    )
  })
})

/** A fetch that never answers; it rejects as the platform's does once its signal aborts. */
const hangingFetch = () =>
  vi.fn(
    (_input: URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal
        signal?.addEventListener('abort', () => reject(signal.reason as Error))
      }),
  )

describe('faults of the network (an injected fetch: the fault is the point)', () => {
  it.each([
    [DEFAULT_REQUEST_TIMEOUT_MS, '15 seconds'],
    [1_000, '1 second'],
    [1_500, '1.5 seconds'],
    [250, '0.3 seconds'],
  ])('gives up after %i ms, saying it waited %s', async (timeoutMs, said) => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', hangingFetch())
    const api = createApiClient('https://api.example/calltrackingapi', undefined, timeoutMs)
    let outcome: unknown = 'pending'
    api.get(DEMO, ONE_CALL, wireCallsPageSchema).catch((e: unknown) => (outcome = e))
    await vi.advanceTimersByTimeAsync(timeoutMs - 1)
    expect(outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toBeInstanceOf(ApiError)
    expect(outcome).toMatchObject({
      kind: 'timeout',
      status: 0,
      message: `The Call Tracking API did not answer within ${said}.`,
    })
  })

  it('leaves no deadline running and lets go of the caller’s signal once answered', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json({ ok: true })))
    const caller = new AbortController()
    const added = vi.spyOn(caller.signal, 'addEventListener')
    const removed = vi.spyOn(caller.signal, 'removeEventListener')
    const api = createApiClient('https://api.example/calltrackingapi')
    await api.get(DEMO, ONE_CALL, v.object({ ok: v.boolean() }), caller.signal)
    expect(vi.getTimerCount()).toBe(0)
    expect(added).toHaveBeenCalledTimes(1)
    expect(removed).toHaveBeenCalledWith(...(added.mock.calls[0] ?? []))
  })

  it('reports a cancelled request as cancelled, even if its deadline passes before fetch gives up', async () => {
    vi.useFakeTimers()
    // A transport slow to notice the abort: it rejects five seconds after being told.
    vi.stubGlobal(
      'fetch',
      (_input: URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init?.signal
          signal?.addEventListener('abort', () =>
            setTimeout(() => reject(signal.reason as Error), 5_000),
          )
        }),
    )
    const api = createApiClient('https://api.example/calltrackingapi', undefined, 1_000)
    const caller = new AbortController()
    let outcome: unknown = 'pending'
    api.get(DEMO, ONE_CALL, wireCallsPageSchema, caller.signal).catch((e: unknown) => (outcome = e))
    await vi.advanceTimersByTimeAsync(100)
    caller.abort()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(outcome).not.toBeInstanceOf(ApiError)
    expect(outcome).toMatchObject({ name: 'AbortError' })
  })

  it('says the connection broke off when the answer stops arriving', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"paging":'))
        controller.error(new TypeError('terminated'))
      },
    })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(broken, { status: 200 })))
    const api = createApiClient('https://api.example/calltrackingapi')
    await expect(api.get(DEMO, ONE_CALL, wireCallsPageSchema)).rejects.toMatchObject({
      kind: 'network',
      status: 200,
      message: 'The connection to the Call Tracking API broke off while its answer was arriving.',
    })
  })

  it('reports a request cancelled while its answer arrives as cancelled, not as a broken connection', async () => {
    const caller = new AbortController()
    vi.stubGlobal('fetch', (_input: URL, init?: RequestInit) => {
      const signal = init?.signal
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          signal?.addEventListener('abort', () => controller.error(signal.reason))
        },
        // The user cancels once the first byte is asked for.
        pull: () => caller.abort(),
      })
      return Promise.resolve(new Response(body))
    })
    const api = createApiClient('https://api.example/calltrackingapi')
    const outcome = await api
      .get(DEMO, ONE_CALL, wireCallsPageSchema, caller.signal)
      .catch((e: unknown) => e)
    expect(outcome).not.toBeInstanceOf(ApiError)
    expect(outcome).toMatchObject({ name: 'AbortError' })
  })
})

describe('odd answers (invented responses: the oddity is the point)', () => {
  const answer = (response: Response) => vi.stubGlobal('fetch', () => Promise.resolve(response))
  const get = () =>
    createApiClient('https://api.example/calltrackingapi').get(DEMO, ONE_CALL, wireCallsPageSchema)

  it.each([
    ['Bad Gateway', 'The API answered 502 Bad Gateway'],
    ['', 'The API answered 502'],
  ])('words a non-JSON error of status text %j as %j', async (statusText, message) => {
    answer(new Response('<html>Bad gateway</html>', { status: 502, statusText }))
    await expect(get()).rejects.toMatchObject({ kind: 'http', status: 502, message })
  })

  it('says a web page came back when the answer is HTML', async () => {
    answer(
      new Response('<!doctype html><title>Dashboard</title>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
    )
    await expect(get()).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      message:
        'Unexpected response from the API: a web page came back instead (check apiBaseUrl in config.json).',
    })
  })

  it.each([
    ['as JSON', { 'content-type': 'application/json' }],
    ['with no content type', undefined],
  ])('says an answer cut short is not valid JSON (%s)', async (_name, headers) => {
    // A Uint8Array body carries no content type of its own.
    answer(new Response(new TextEncoder().encode('{"paging":{"offs'), { headers }))
    await expect(get()).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      message:
        'Unexpected response from the API: the answer was not valid JSON (it may have been cut short).',
    })
  })
})
