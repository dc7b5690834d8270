import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../../../server/test/reference-server'
import { createApiClient } from '../../../lib/api-client'
import { fetchCallsPage } from './calls-api'
import { IncompleteReadError, readAllCalls } from './read-all-calls'

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
afterEach(() => vi.unstubAllGlobals())

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
// All of the demo tenant's calls in the test database (1,355), read in pages of 200.
const FILTERS = {}
const PAGE_SIZE = 200

/** Every request the client makes, through the real fetch, optionally rewritten. */
function recordRequests(rewrite: (url: URL) => void = () => {}) {
  const realFetch = globalThis.fetch
  const seen: URLSearchParams[] = []
  let inFlight = 0
  let maxInFlight = 0
  vi.stubGlobal('fetch', async (input: URL, init?: RequestInit) => {
    const url = new URL(input)
    rewrite(url)
    seen.push(url.searchParams)
    maxInFlight = Math.max(maxInFlight, ++inFlight)
    try {
      return await realFetch(url, init)
    } finally {
      inFlight--
    }
  })
  return { seen, maxInFlight: () => maxInFlight }
}

async function collect(chunks: AsyncGenerator<unknown[]>) {
  const all: unknown[] = []
  for await (const chunk of chunks) all.push(...chunk)
  return all
}

describe('readAllCalls against the reference server', () => {
  it('reads every call of a multi-page result, in the API order, a bounded few at a time', async () => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    // The same set one page at a time, as a user paging through it would see it.
    const expected = []
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await fetchCallsPage(request, FILTERS, offset, PAGE_SIZE)
      expected.push(...page.data)
      if (!page.paging.links.next) break
    }
    expect(expected.length).toBeGreaterThan(5 * PAGE_SIZE)

    const requests = recordRequests()
    let total: number | null = null
    const calls = await collect(
      readAllCalls(request, FILTERS, {
        concurrency: 2,
        pageSize: PAGE_SIZE,
        onTotal: (t) => (total = t),
      }),
    )
    expect(total).toBe(expected.length)
    expect(calls).toEqual(expected)
    expect(requests.maxInFlight()).toBeLessThanOrEqual(2)
    // First page, last page (for the total), and each page between once.
    expect(requests.seen).toHaveLength(Math.ceil(expected.length / PAGE_SIZE))
  })

  it('follows the page size a server honours when it caps what was asked', async () => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    const first = await fetchCallsPage(request, FILTERS, 0, 1)
    const requests = recordRequests((url) => {
      if (Number(url.searchParams.get('limit')) > 100) url.searchParams.set('limit', '100')
    })
    const calls = await collect(readAllCalls(request, FILTERS))
    const last = new URL(first.paging.links.last ?? '', 'http://link.invalid')
    expect(calls).toHaveLength(Number(last.searchParams.get('offset')) + 1)
    expect(new Set(calls.map((c) => (c as { callId: string }).callId)).size).toBe(calls.length)
    expect(requests.seen.every((p) => p.get('limit') === '100')).toBe(true)
  })

  it('reads an empty and a one-page result with one request', async () => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    const requests = recordRequests()
    expect(await collect(readAllCalls(request, { borrowerid: '999999999' }))).toEqual([])
    expect(requests.seen).toHaveLength(1)
  })

  it('throws rather than passing off a short page as the whole', async () => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    // A proxy that answers one middle page with fewer rows than it promised.
    recordRequests((url) => {
      if (url.searchParams.get('offset') === '400') url.searchParams.set('limit', '199')
    })
    await expect(
      collect(readAllCalls(request, FILTERS, { pageSize: PAGE_SIZE })),
    ).rejects.toBeInstanceOf(IncompleteReadError)
  })

  it('stops when its signal is aborted', async () => {
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    const controller = new AbortController()
    const requests = recordRequests()
    const chunks = readAllCalls(request, FILTERS, {
      signal: controller.signal,
      concurrency: 1,
      pageSize: PAGE_SIZE,
    })
    await chunks.next()
    controller.abort()
    await expect(collect(chunks)).rejects.toMatchObject({ name: 'AbortError' })
    // First, last and the one page in flight: nothing is asked after the abort.
    expect(requests.seen).toHaveLength(3)
  })
})
