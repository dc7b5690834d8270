import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../../../server/test/reference-server'
import { createApiClient } from '../../../lib/api-client'
import { summaryFigures } from '../model/summary-figures'
import { fetchCallsPage, fetchWholeResult } from './calls-api'
import { readCallTally } from './read-call-tally'

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
afterEach(() => vi.unstubAllGlobals())

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
const request = () => ({ api: createApiClient(server.apiBaseUrl), credentials: DEMO })

/** Counts the requests the client makes, through the real fetch. */
function countRequests() {
  const realFetch = globalThis.fetch
  const seen: string[] = []
  vi.stubGlobal('fetch', (input: URL, init?: RequestInit) => {
    seen.push(String(input))
    return realFetch(input, init)
  })
  return seen
}

describe('readCallTally against the reference server', () => {
  it('counts every call of a multi-page result exactly as paging through it by hand does', async () => {
    // The independent count: page by page at 100, a plain loop over the rows.
    let total = 0
    let contacted = 0
    let attempted = 0
    const borrowers = new Set<string>()
    for (let offset = 0; ; offset += 100) {
      const page = await fetchCallsPage(request(), {}, offset, 100)
      for (const call of page.data) {
        total++
        if (call.callStatus === 'Contacted') contacted++
        if (call.callStatus === 'Attempted') attempted++
        borrowers.add(call.borrowerId)
      }
      if (!page.paging.links.next) break
    }
    expect(total).toBeGreaterThan(1000)

    const progress: number[] = []
    const tally = await readCallTally(request(), {}, { onProgress: (p) => progress.push(p.read) })
    const figures = summaryFigures(tally)
    expect(figures.total).toBe(total)
    expect(figures.byKnownStatus).toEqual({ Contacted: contacted, Attempted: attempted })
    expect(figures.distinctBorrowers).toBe(borrowers.size)
    // Progress from 0 (the total is known) to every call, never backwards.
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(total)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('counts a whole result already loaded without asking the API again', async () => {
    const filters = { borrowerid: '100000001' }
    const whole = await fetchWholeResult(request(), filters)
    expect(whole.complete).toBe(true)
    const seen = countRequests()
    const tally = await readCallTally(request(), filters, { cached: whole })
    expect(seen).toEqual([])
    expect(tally.total).toBe(whole.calls.length)
  })

  it('reads again when the cached whole result is incomplete, and gives nothing when cancelled', async () => {
    const filters = { borrowerid: '100000001' }
    const whole = await fetchWholeResult(request(), filters)
    const seen = countRequests()
    const reread = await readCallTally(request(), filters, {
      cached: { calls: whole.calls.slice(1), complete: false },
    })
    expect(reread.total).toBe(whole.calls.length)
    expect(seen.length).toBeGreaterThan(0)

    const controller = new AbortController()
    const reading = readCallTally(
      request(),
      {},
      {
        signal: controller.signal,
        onProgress: ({ read }) => {
          if (read > 0) controller.abort()
        },
      },
    )
    await expect(reading).rejects.toThrow()
  })
})
