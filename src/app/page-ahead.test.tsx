import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startReferenceServer } from '../../server/test/reference-server'
import { SAMPLE_LOAN_ID } from '../contract/call-filters'
import { createQueryClient } from '../lib/query-client'
import { App } from './app'

// The next page drawn ahead (hidden) against the real reference server: which rows it holds, and
// what it leaves in the query cache.
let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
beforeEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

const demo = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
const hiddenCallIds = () =>
  [...document.querySelectorAll('.page-slot[aria-hidden="true"] button[data-call-id]')].map((b) =>
    b.getAttribute('data-call-id'),
  )
const callTimes = (root: ParentNode) =>
  [...root.querySelectorAll('td.col-callTimestamp time')].map((t) => t.getAttribute('datetime')!)

describe('the next page, drawn ahead', () => {
  it('holds the next server page, in the order on screen, and follows it from the cache', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    render(
      <App
        config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo }}
        queryClient={queryClient}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await screen.findByRole('table', { name: 'Calls' })
    await waitFor(() => expect(hiddenCallIds()).toHaveLength(20))
    const shown = callTimes(screen.getByRole('table', { name: 'Calls' }))
    const ahead = callTimes(document.querySelector('.page-slot[aria-hidden="true"]')!)
    // Newest first, as on screen, and every one older than the last row shown.
    expect(ahead).toEqual([...ahead].sort().reverse())
    expect(ahead.every((at) => at <= shown.at(-1)!)).toBe(true)
    // The very calls the prefetched page holds.
    const prefetched = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.state.data as { paging?: { offset: number }; data?: { callId: string }[] })
      .find((d) => d?.paging?.offset === 20)
    expect(new Set(hiddenCallIds())).toEqual(new Set(prefetched?.data?.map((c) => c.callId)))
  })

  it('of a whole result, is sliced from it, and leaves no empty entry in the cache for it', async () => {
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    render(
      <App
        config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo }}
        queryClient={queryClient}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const pager = await screen.findByRole('navigation', { name: 'Pagination' })
    await waitFor(() => expect(hiddenCallIds()).toHaveLength(20))
    await user.click(within(pager).getByRole('button', { name: 'Next page' }))
    await within(pager).findByText(/^Page 2 of/)
    // No query is made only to be followed: none for page 3, the page after the one shown (the
    // page shown has its own, left unasked while the whole result stands in for it).
    const neverAsked = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.dataUpdatedAt === 0 && q.state.fetchStatus === 'idle')
      .map((q) => JSON.stringify(q.queryKey))
    expect(neverAsked.filter((key) => key.includes('"page":3'))).toEqual([])
  })
})
