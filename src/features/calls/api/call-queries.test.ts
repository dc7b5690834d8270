import { QueryClient } from '@tanstack/react-query'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../../../server/test/reference-server'
import { SAMPLE_LOAN_ID } from '../../../contract/call-filters'
import { createApiClient } from '../../../lib/api-client'
import { callQueries } from './call-queries'

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const DEMO = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }

describe('callQueries.whole', () => {
  it('asks for the whole result only once the frame that draws the first page is painted', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const request = { api: createApiClient(server.apiBaseUrl), credentials: DEMO }
    const client = new QueryClient()
    const whole = client.fetchQuery(callQueries.whole(request, { loanid: SAMPLE_LOAN_ID }))
    await Promise.resolve()
    expect(fetchSpy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(16) // the frame; then the idle moment after it (a task in jsdom)
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled())
    expect((await whole).calls).toHaveLength(52)
  })
})
