import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../server/test/reference-server'
import { SAMPLE_LOAN_ID } from '../contract/call-filters'
import type { RuntimeConfig } from '../config/runtime-config'
import { createQueryClient } from '../lib/query-client'
import { holdTheSearchWait, progressSaid } from '../test/search-wait'
import { App } from './app'

// The real reference server answers everything, except the requests a test makes fail on purpose:
// in this file the fault is the point of each test.
// Retries back off for 0.5 s, then 1 s: some of these tests wait out a few of them.
vi.setConfig({ testTimeout: 15_000 })

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())
beforeEach(() => {
  window.sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})
afterEach(() => vi.restoreAllMocks())

const demo = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
const renderApp = (config: Partial<RuntimeConfig> = {}, queryClient = createQueryClient()) =>
  render(
    <App
      config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo, ...config }}
      queryClient={queryClient}
    />,
  )

/** Requests whose URL matches get `respond`'s answer; the rest reach the real server. */
/**
 * The contact cadence's own read of a loan's or borrower's last 7 days (from an instant at most 8
 * days back: no search in this file starts that late). It passes through untouched, so each test
 * faults and counts the search's requests only.
 */
function isCadenceRead(url: URL): boolean {
  const since = Date.parse(url.searchParams.get('startdate') ?? '')
  return (
    (url.searchParams.has('loanid') || url.searchParams.has('borrowerid')) &&
    Date.now() - since < 8 * 86_400_000
  )
}

function faultWhen(
  match: (url: URL) => boolean,
  respond: (init?: RequestInit) => Promise<Response>,
) {
  const realFetch = globalThis.fetch
  const faulted: string[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (!url.pathname.endsWith('/calltracking/calls') || isCadenceRead(url) || !match(url))
      return realFetch(input, init)
    faulted.push(url.search)
    return respond(init)
  })
  return faulted
}
const problem = (status: number, body: object = {}, headers: Record<string, string> = {}) =>
  Promise.resolve(
    new Response(
      JSON.stringify({
        type: 'about:blank',
        title: 'Error',
        status,
        detail: `Failed ${status}`,
        ...body,
      }),
      { status, headers: { 'content-type': 'application/problem+json', ...headers } },
    ),
  )
/** Every signal a hanging request was given, to prove that Cancel and timeouts really abort. */
const hungSignals: AbortSignal[] = []
/** A request that never answers until it is aborted (by a timeout, Cancel, or a newer search). */
const hang = (init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    if (init?.signal) hungSignals.push(init.signal)
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    )
  })
const has = (name: string, value: string) => (url: URL) => url.searchParams.get(name) === value

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}
// The calls of the rows on screen (the next page, drawn ahead out of sight, is not among them).
const shownCallIds = () =>
  screen
    .queryAllByRole('button', { name: /^View details/ })
    .map((b) => b.getAttribute('data-call-id'))
const pagerStatus = () =>
  within(screen.getByRole('navigation', { name: 'Pagination' })).getByText(/^Page /)

describe('a failed search never shows another search as its answer', () => {
  it('on a network failure, shows no rows of the previous search, names what failed, and offers Try again', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?startdate=2025-06-01')
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    faultWhen(has('borrowerid', '100000001'), () =>
      Promise.reject(new TypeError('Failed to fetch')),
    )

    await user.type(screen.getByLabelText('Borrower ID'), '100000001')
    await user.click(screen.getByRole('button', { name: 'Search' }))

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(
      'Could not load calls for Borrower ID 100000001, From 2025-06-01.',
    )
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Calls' })).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument()
    expect(screen.getByLabelText('Borrower ID')).toHaveValue('100000001')
  })

  it('on a 500, retries a bounded number of times, then shows no rows and offers Try again, which recovers', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    let failing = true
    const faulted = faultWhen(
      (url) => failing && url.searchParams.get('loanid') === SAMPLE_LOAN_ID,
      () => problem(500),
    )

    await user.type(screen.getByLabelText('Loan ID'), SAMPLE_LOAN_ID)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('The Call Tracking API could not answer (500).')
    expect(faulted).toHaveLength(3) // the first try and two retries, then the user decides
    expect(screen.queryByRole('table', { name: 'Calls' })).not.toBeInTheDocument()

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument()
  })

  it('a 400 that names a parameter puts the API message on that field', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    faultWhen(has('borrowerid', 'B-77'), () =>
      problem(400, {
        errors: [
          { parameter: 'borrowerid', message: 'borrowerid is not a borrower of servicer 2.' },
        ],
      }),
    )
    await user.type(screen.getByLabelText('Borrower ID'), 'B-77')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Borrower ID')).toHaveAccessibleDescription(
        'borrowerid is not a borrower of servicer 2.',
      ),
    )
    expect(screen.queryByRole('table', { name: 'Calls' })).not.toBeInTheDocument()
  })
})

describe('paging under failure: the pager names the page whose rows are shown', () => {
  it('when the next page fails, page 2 stays with "Page 2 of N", and "Could not load page 3" sits by the pager', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?page=2') // 1,355 calls: paged on the server
    faultWhen(has('offset', '40'), () => Promise.reject(new TypeError('Failed to fetch')))
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    expect(pagerStatus()).toHaveTextContent(/^Page 2 of \d+$/)
    const page2 = shownCallIds()

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    expect(await within(pager).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Could not load page 3.',
    )
    expect(pagerStatus()).toHaveTextContent(/^Page 2 of \d+$/)
    expect(shownCallIds()).toEqual(page2)
    expect(within(pager).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('while the next page loads, the previous rows stay dimmed and cannot be opened', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?page=2') // 1,355 calls: paged on the server
    faultWhen(has('offset', '40'), hang)
    renderApp()
    await signIn(user)
    const table = await screen.findByRole('table', { name: 'Calls' })
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText('Loading page 3…')
    expect(pagerStatus()).toHaveTextContent(/^Page 2 of \d+$/)
    const body = table.querySelector('tbody')
    expect(body).toHaveAttribute('inert')
    expect(body).toHaveClass('stale')
  })

  it('a next page whose prefetch failed at once is asked again when Next goes to it', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?page=2') // 1,355 calls: paged on the server
    let prefetches = 0
    const faulted = faultWhen(
      (url) => has('offset', '40')(url) && prefetches++ === 0,
      () =>
        Promise.resolve(
          new Response(JSON.stringify({ calls: 'not these' }), {
            headers: { 'content-type': 'application/json' },
          }),
        ),
    )
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    await waitFor(() => expect(faulted).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    // Only a search's own failed request is shown as it is when its view arrives: this one is asked
    // again, and page 3 comes.
    await waitFor(() => expect(pagerStatus()).toHaveTextContent(/^Page 3 of \d+$/))
    expect(prefetches).toBe(2)
  })

  it('Next after the next page failed tries it again; a second Next while it loads leaves it to come', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?page=2') // 1,355 calls: paged on the server
    let answer: 'fail' | 'hang' = 'fail'
    const asked: string[] = [] // every read of calls this search makes
    const faulted = faultWhen(
      (url) => asked.push(url.search) > 0 && has('offset', '40')(url),
      (init) => (answer === 'hang' ? hang(init) : Promise.reject(new TypeError('Failed to fetch'))),
    )
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    await within(pager).findByRole('alert', {}, { timeout: 5000 })

    // The pager still names page 2, so Next asks for page 3 again: after a failure, a new try.
    answer = 'hang'
    const failedTries = faulted.length
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText('Loading page 3…')
    expect(faulted).toHaveLength(failedTries + 1)
    // A try after a failure reads everything afresh, the summary's calls included.
    const summaryReads = () => asked.filter((q) => q === '?offset=0&limit=500')
    await waitFor(() => expect(summaryReads()).toHaveLength(2))
    // While that try is on its way, another Next leaves it to come.
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    // Nothing to wait for but time: a new try would have been asked for within it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(faulted).toHaveLength(failedTries + 1)
    expect(summaryReads()).toHaveLength(2)
    expect(screen.getByText('Loading page 3…')).toBeInTheDocument()
  })
})

describe('the filter form', () => {
  it('Clear filters empties what was typed and its message even when no search is active', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    await user.type(screen.getByLabelText('Phone number'), '555')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription(/needs 10 digits/)

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(screen.getByLabelText('Phone number')).toHaveValue('')
    expect(screen.getByLabelText('Phone number')).not.toHaveAccessibleDescription()
  })

  it('a refused search keeps the previous results, marked as the previous search', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    await screen.findByText('Page 1 of 3')
    await user.type(screen.getByLabelText('Phone number'), '555')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(
      screen.getByText(/These are the results of the previous search \(Loan ID 2c809e08/),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Calls' })).toBeInTheDocument()
  })
})

describe('slow, refused and malformed answers', () => {
  it('an answer of the wrong form, at once, is asked for once and said without a loading state first', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    holdTheSearchWait()
    const said = progressSaid()
    const asked = faultWhen(has('borrowerid', '100000001'), () =>
      Promise.resolve(
        new Response(JSON.stringify({ calls: 'not these' }), {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    )
    await user.type(screen.getByLabelText('Borrower ID'), '100000001')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('not in the expected form')
    // The view came with the failure (its wait's timer held), and asked nothing more: no second
    // request, no loading state.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(asked).toHaveLength(1)
    expect(said.filter((text) => text.startsWith('Loading calls'))).toEqual([])
  })

  it('gives up after the configured time, says so, and offers Try again', async () => {
    const user = userEvent.setup()
    faultWhen(has('borrowerid', '100000001'), hang)
    window.history.replaceState(null, '', '/?borrowerid=100000001')
    renderApp({ requestTimeoutMs: 300 })
    await signIn(user)
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('did not answer within 0.3 seconds')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('while a slow search is on its way, the cadence waits for its rows rather than saying "no calls"', async () => {
    const user = userEvent.setup()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const realFetch = globalThis.fetch
    let cadenceAnswered = false
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.searchParams.get('borrowerid') !== '100000001') return realFetch(input, init)
      if (isCadenceRead(url)) {
        const answer = await realFetch(input, init)
        cadenceAnswered = true
        return answer
      }
      await held
      return realFetch(input, init)
    })
    window.history.replaceState(null, '', '/?borrowerid=100000001')
    renderApp()
    await signIn(user)
    const cadence = await screen.findByRole('region', { name: 'Contact cadence' })
    // The borrower has no call in the last 7 days: the window's read alone would say "no calls",
    // though the result names two loans that belong in the list.
    await waitFor(() => expect(cadenceAnswered).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(cadence).toHaveTextContent('Counting the calls of the last 7 days…')
    expect(within(cadence).getByRole('status')).toBeEmptyDOMElement()
    expect(cadence).not.toHaveTextContent('No calls in the last')
    release()
    await waitFor(() => expect(within(cadence).getAllByRole('listitem')).toHaveLength(2))
    // The verdict is said in a region that was in the page (empty) while the figures loaded.
    expect(within(cadence).getByRole('status')).toHaveTextContent(
      'Contact cadence: all 2 loans are within cadence.',
    )
  })

  it('a failed cadence read says so beside good rows; Try again keeps focus in the section and recovers', async () => {
    const user = userEvent.setup()
    const realFetch = globalThis.fetch
    let failing = true
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (failing && url.searchParams.get('borrowerid') === '100000001' && isCadenceRead(url))
        return problem(500)
      return realFetch(input, init)
    })
    window.history.replaceState(null, '', '/?borrowerid=100000001')
    renderApp()
    await signIn(user)
    const cadence = await screen.findByRole('region', { name: 'Contact cadence' })
    await within(cadence).findByText(
      'The contact cadence could not be worked out.',
      {},
      { timeout: 5000 },
    )
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1)
    failing = false
    await user.click(within(cadence).getByRole('button', { name: 'Try again' }))
    expect(within(cadence).getByRole('heading', { name: 'Contact cadence' })).toHaveFocus()
    await waitFor(() => expect(within(cadence).getAllByRole('listitem')).toHaveLength(2))
  })

  it('Cancel stops a slow search, says so, and Try again runs it', async () => {
    const user = userEvent.setup()
    let slow = true
    hungSignals.length = 0
    faultWhen((url) => slow && url.searchParams.get('loanid') === SAMPLE_LOAN_ID, hang)
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    await screen.findByText(`Loading calls for Loan ID ${SAMPLE_LOAN_ID}…`)
    // The summary's place is held while the count is on its way, and only then.
    const summaryComing = 'The summary follows as soon as the number of matching calls is known.'
    expect(screen.getByText(summaryComing)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(
      await screen.findByText(`The search for Loan ID ${SAMPLE_LOAN_ID} was cancelled.`),
    ).toBeInTheDocument()
    expect(screen.queryByText(summaryComing)).not.toBeInTheDocument()
    // The request itself was stopped, not just hidden; focus did not fall to the page.
    expect(hungSignals.length).toBeGreaterThan(0)
    expect(hungSignals.every((signal) => signal.aborted)).toBe(true)
    expect(screen.getByRole('heading', { name: 'Calls' })).toHaveFocus()
    slow = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument()
  })

  it("holds the summary's place while a large result is still being counted from its last page", async () => {
    const user = userEvent.setup()
    // Every read past the first page waits: the count (the last page) and the prefetch of page 2.
    const faulted = faultWhen((url) => Number(url.searchParams.get('offset')) > 0, hang)
    window.history.replaceState(null, '', '/')
    renderApp()
    await signIn(user)
    await waitFor(() => expect(shownCallIds()).toHaveLength(20))
    expect(faulted).toContainEqual(expect.stringMatching(/^\?offset=[1-9]\d*&limit=20$/))
    // Rows are in, the count is not: the summary is still on its way, and its place stays held.
    expect(
      screen.getByText('The summary follows as soon as the number of matching calls is known.'),
    ).toBeInTheDocument()
  })

  it("holds the summary's place while a small result is still being read whole to count it", async () => {
    const user = userEvent.setup()
    const faulted = faultWhen(
      (url) => has('loanid', SAMPLE_LOAN_ID)(url) && url.searchParams.get('limit') !== '20',
      hang,
    )
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    await waitFor(() => expect(shownCallIds()).toHaveLength(20))
    // The whole read is asked for once the rows are painted (afterPaint), so a moment after them.
    await waitFor(() => expect(faulted.length).toBeGreaterThan(0))
    expect(
      screen.getByText('The summary follows as soon as the number of matching calls is known.'),
    ).toBeInTheDocument()
  })

  it('honours Retry-After on a 429, then shows the rows', async () => {
    const user = userEvent.setup()
    let refusals = 1
    const faulted = faultWhen(
      (url) => url.searchParams.get('loanid') === SAMPLE_LOAN_ID && refusals-- > 0,
      () => problem(429, {}, { 'retry-after': '1' }),
    )
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    const started = Date.now()
    await signIn(user)
    expect(await screen.findByText('Page 1 of 3', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(faulted).toHaveLength(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  })

  it('does not wait out a long Retry-After by itself: says how long, and leaves it to the user', async () => {
    const user = userEvent.setup()
    const faulted = faultWhen(has('loanid', SAMPLE_LOAN_ID), () =>
      problem(429, {}, { 'retry-after': '120' }),
    )
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('It asked us to wait 2 minutes; then try again.')
    expect(faulted).toHaveLength(1)
  })

  it.each([
    ['malformed JSON', '{"paging": {"offset": 0, "lim', 'application/json', /not valid JSON/],
    ['the wrong shape', JSON.stringify({ calls: [] }), 'application/json', /expected form/],
    ['a web page', '<!doctype html><title>App</title>', 'text/html', /check apiBaseUrl/],
  ])('calls %s an unexpected response from the API', async (_name, body, type, detail) => {
    const user = userEvent.setup()
    faultWhen(has('loanid', SAMPLE_LOAN_ID), () =>
      Promise.resolve(new Response(body, { headers: { 'content-type': type } })),
    )
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Unexpected response from the API')
    expect(alert).toHaveTextContent(detail)
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})

describe('tenants', () => {
  it('signing in to another tenant leaves no row of the previous one on screen or in the cache', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    renderApp({}, queryClient)
    await signIn(user)
    await screen.findByRole('table', { name: 'Calls' })
    const tenant314 = shownCallIds()
    expect(tenant314).toHaveLength(20)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await user.clear(screen.getByLabelText('Access token'))
    await user.type(screen.getByLabelText('Access token'), 'demo-tenant-315-token')
    await user.clear(screen.getByLabelText('Tenant ID'))
    await user.type(screen.getByLabelText('Tenant ID'), '315')
    await signIn(user)
    await waitFor(() =>
      expect(screen.getByText(/^Tenant/)).toHaveTextContent('Tenant 315 · Servicer 2'),
    )
    await waitFor(() => expect(shownCallIds()).toHaveLength(20))
    expect(shownCallIds().filter((id) => tenant314.includes(id))).toEqual([])

    // Pages ({ data }) and whole results ({ calls }) alike.
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .flatMap((query) => {
        const data: unknown = query.state.data
        const rows =
          data && typeof data === 'object'
            ? 'data' in data
              ? (data.data as unknown[])
              : 'calls' in data
                ? (data.calls as unknown[])
                : []
            : []
        return rows.map((row) => (row as { tenantId: string }).tenantId)
      })
    expect(cached.length).toBeGreaterThan(0)
    expect(new Set(cached)).toEqual(new Set(['315']))
  })
})
