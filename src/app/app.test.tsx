import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  onTestFinished,
  vi,
} from 'vitest'
import { startReferenceServer } from '../../server/test/reference-server'
import { CALLS_PATH } from '../contract/api-paths'
import { SAMPLE_LOAN_ID } from '../contract/call-filters'
import { createQueryClient } from '../lib/query-client'
import { currentSearch } from '../lib/url-search-params'
import { holdTheSearchWait, progressSaid } from '../test/search-wait'
import { App } from './app'

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
const renderApp = (queryClient?: ReturnType<typeof createQueryClient>) =>
  render(
    <App
      config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo }}
      queryClient={queryClient}
    />,
  )
const callRequests = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map((args) => String(args[0])).filter((url) => url.includes('/calltracking/calls'))
/**
 * The query strings of the results' own requests. These searches have no dates, so a request with
 * `startdate` is the contact cadence's read of the last days (counted apart).
 */
const resultRequests = (urls: string[]) =>
  urls
    .map((url) => new URL(url).searchParams)
    .filter((q) => !q.has('startdate'))
    .map(String)
const cadenceRequests = (urls: string[]) =>
  urls.filter((url) => new URL(url).searchParams.has('startdate'))

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  return screen.findByRole('table', { name: 'Calls' })
}

describe('the dashboard against the reference API', () => {
  it('signs in with the prefilled demo credentials and shows the tenant, the servicer and the calls', async () => {
    const user = userEvent.setup()
    renderApp()
    expect(screen.getByLabelText('Access token')).toHaveValue('demo-access-token')
    const table = await signIn(user)
    expect(screen.getByText(/Tenant/)).toHaveTextContent('Tenant 314 · Servicer 2')
    expect(within(table).getAllByRole('row')).toHaveLength(21) // header + 20
    expect(window.sessionStorage.getItem('calltracking.session')).toContain('demo-access-token')
    expect(window.location.search).not.toContain('demo-access-token')
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('demo-access-token')
  })

  it('Skip to results moves focus to the results without navigating, so a change of view still being written is kept', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    const entries = window.history.length
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await user.click(screen.getByRole('link', { name: 'Skip to results' }))
    expect(screen.getByRole('heading', { name: 'Calls' })).toHaveFocus()
    expect(window.location.hash).toBe('')
    await waitFor(() => expect(window.location.search).toBe('?page=2'))
    expect(window.history.length).toBe(entries + 1)
  })

  it('checks the filters before sending anything, names the field, and keeps what was typed', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await user.type(screen.getByLabelText('Loan ID'), '2c809e08-nope')
    await user.type(screen.getByLabelText('Phone number'), '555-0134')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(screen.getByLabelText('Loan ID')).toHaveAccessibleDescription(/Loan ID must be a GUID/)
    expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription(/needs 10 digits/)
    expect(screen.getByLabelText('Loan ID')).toHaveValue('2c809e08-nope')
    expect(screen.getByLabelText('Loan ID')).toHaveFocus()
    // Nothing of the refused search is sent (the summary of the view on screen may be reading).
    expect(callRequests(fetchSpy).filter((url) => /loanid|phonenumber/.test(url))).toEqual([])
    expect(window.location.search).toBe('')
  })

  it('puts a search in the URL with the API names, resets to page 1, keeps rows per page, and Back restores', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await user.selectOptions(screen.getByLabelText('Rows per page'), '10')
    // The pager comes back once the first page of 10 has arrived.
    await user.click(await screen.findByRole('button', { name: 'Next page' }))
    await screen.findByText(/^Page 2 of/)
    await user.type(screen.getByLabelText('Loan ID'), `  ${SAMPLE_LOAN_ID.toUpperCase()}  `)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await screen.findByText('Page 1 of 6')
    // The address bar follows once the rows are drawn (and the page is idle).
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('loanid')).toBe(
        SAMPLE_LOAN_ID.toUpperCase(),
      ),
    )
    const params = new URLSearchParams(window.location.search)
    expect(params.get('limit')).toBe('10')
    expect(params.get('page')).toBeNull()

    window.history.back()
    await screen.findByText(/^Page 2 of/)
    expect(screen.getByLabelText('Loan ID')).toHaveValue('')
  })

  it('loads a small result whole in as few requests as it can, and then pages without asking again', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await user.type(screen.getByLabelText('Loan ID'), SAMPLE_LOAN_ID)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await screen.findByText('Sorting covers all 52 matching calls.')
    // This search's own requests: not the cadence's read (it has a startdate), nor the summary of
    // the view before it, which may still be reading its own.
    const asked = () => resultRequests(callRequests(fetchSpy)).filter((q) => q.includes('loanid='))
    // The first page (it tells the size), then all 52 at once: no prefetch of a page 2 beside it;
    // the summary counts the whole result already loaded, asking nothing.
    expect(asked()).toEqual([
      `loanid=${SAMPLE_LOAN_ID}&offset=0&limit=20`,
      `loanid=${SAMPLE_LOAN_ID}&offset=0&limit=500`,
    ])
    // Beside them, the contact cadence's one read of the loan's last days.
    expect(cadenceRequests(callRequests(fetchSpy))).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await user.click(screen.getByRole('button', { name: 'Last page' }))
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument()
    expect(asked()).toHaveLength(2)
    expect(cadenceRequests(callRequests(fetchSpy))).toHaveLength(1)
  })

  it('counts a large result exactly, from the page links.last names, and Last page is then instant', async () => {
    // The count made independently: every page of the tenant's calls, through the API.
    let counted = 0
    for (let offset = 0; ; offset += 500) {
      const response = await fetch(
        new URL(`${CALLS_PATH}?offset=${offset}&limit=500`, `${server.apiBaseUrl}/`),
        {
          headers: { Authorization: demo.accessToken, tenantid: '314', servicerid: '2' },
        },
      )
      const page = (await response.json()) as {
        data: unknown[]
        paging: { links: { next: unknown } }
      }
      counted += page.data.length
      if (!page.paging.links.next) break
    }
    expect(counted).toBeGreaterThan(1000) // too many to load whole: counted from the last page

    const user = userEvent.setup()
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    renderApp()
    await signIn(user)
    const line = `1–20 of ${counted.toLocaleString('en-US')} calls`
    expect(await screen.findByText(line)).toHaveAttribute('role', 'status')
    const lastPage = Math.ceil(counted / 20)
    const lastOffset = `offset=${(lastPage - 1) * 20}&limit=20`
    const asked = () => callRequests(fetchSpy).map((url) => new URL(url).searchParams.toString())
    expect(asked().filter((q) => q === lastOffset)).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText(`21–40 of ${counted.toLocaleString('en-US')} calls`)
    await user.click(screen.getByRole('button', { name: 'Last page' }))
    const pages = lastPage.toLocaleString('en-US')
    expect(screen.getByText(`Page ${pages} of ${pages}`)).toBeInTheDocument()
    expect(asked().filter((q) => q === lastOffset)).toHaveLength(1)
  })

  it('keeps a first page that is the whole result as the whole result, in one request', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const firstRow = within(table).getAllByRole('row')[1]
    const borrower = firstRow ? within(firstRow).getAllByRole('cell')[3]?.textContent : undefined
    expect(borrower).toBeTruthy()
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await user.type(screen.getByLabelText('Borrower ID'), borrower ?? '')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await screen.findByText(/^Sorting covers all \d+ matching calls\.$/)
    const asked = resultRequests(callRequests(fetchSpy)).filter((q) => q.includes('borrowerid='))
    // Page 1 had no next link: asking for limit=500 as well would fetch the same calls twice.
    expect(asked).toEqual([`borrowerid=${borrower}&offset=0&limit=20`])
    expect(cadenceRequests(callRequests(fetchSpy))).toHaveLength(1)
  })

  it('returns to sign-in on a 401, says why, and keeps the URL to come back to', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', `/?loanid=${SAMPLE_LOAN_ID}&page=2`)
    renderApp()
    const token = screen.getByLabelText('Access token')
    await user.clear(token)
    await user.type(token, 'expired-token')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/not accepted/)
    expect(window.location.search).toBe(`?loanid=${SAMPLE_LOAN_ID}&page=2`)
    expect(window.sessionStorage.getItem('calltracking.session')).toBeNull()

    await user.clear(screen.getByLabelText('Access token'))
    await user.type(screen.getByLabelText('Access token'), 'demo-access-token')
    await signIn(user)
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument()
  })

  it('says a 403 means no access to that tenant/servicer, and offers to sign out', async () => {
    const user = userEvent.setup()
    renderApp()
    await user.clear(screen.getByLabelText('Servicer ID'))
    await user.type(screen.getByLabelText('Servicer ID'), '4')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This access token has no access to tenant 314, servicer 4.')
    await user.click(within(alert).getByRole('button', { name: 'Sign out' }))
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })

  it('shows the empty state with a way out', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?borrowerid=nobody')
    renderApp()
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('No calls match Borrower ID nobody')).toBeInTheDocument()
    expect(screen.getByText(/Searched tenant 314, servicer 2./)).toBeInTheDocument()
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' })
    await user.click(clearButtons[clearButtons.length - 1] as HTMLElement)
    await screen.findByRole('table', { name: 'Calls' })
    await waitFor(() => expect(window.location.search).toBe(''))
  })

  it('reads a link parameter in any letter case, and says so when it does not know one', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', `/?loanId=${SAMPLE_LOAN_ID}`)
    renderApp()
    await signIn(user)
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument()
    expect(screen.getByLabelText('Loan ID')).toHaveValue(SAMPLE_LOAN_ID)
    expect(screen.queryByText(/does not know/)).not.toBeInTheDocument()
    cleanup()

    // A misspelt filter is not applied, and the screen says the results are for every call.
    window.history.replaceState(null, '', '/?borower=100000001')
    renderApp()
    expect(
      await screen.findByText(/This link has a parameter the dashboard does not know \(borower\)/),
    ).toHaveTextContent('the results below are for all calls.')
  })

  it('signing out forgets the token and every cached call', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(window.sessionStorage.getItem('calltracking.session')).toBeNull()
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await signIn(user)
    // Nothing was served from a cache that should have been cleared: the page was fetched again.
    expect(callRequests(fetchSpy).length).toBeGreaterThan(0)
  })

  it('Switch servicer keeps the token, refuses a servicer it is not entitled to, and forgets every cached call', async () => {
    // jsdom has <dialog> but not its modal methods: the least of them, for this test.
    const proto = HTMLDialogElement.prototype
    const original = Object.getOwnPropertyDescriptors(proto)
    proto.showModal = function (this: HTMLDialogElement) {
      this.open = true
    }
    proto.close = function (this: HTMLDialogElement) {
      this.open = false
      this.dispatchEvent(new Event('close'))
    }
    onTestFinished(() => {
      Object.defineProperties(proto, original)
      // jsdom had no showModal of its own: put nothing back in its place.
      if (!('showModal' in original)) Reflect.deleteProperty(proto, 'showModal')
    })
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    render(
      <App
        config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo }}
        queryClient={queryClient}
      />,
    )
    await signIn(user)
    const servicers = () =>
      new Set(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.queryKey[3]),
      )
    expect(servicers()).toEqual(new Set(['2']))

    await user.click(screen.getByRole('button', { name: 'Switch servicer' }))
    // The dialog's code is a chunk of its own, fetched on this click.
    const dialog = await screen.findByRole('dialog', { name: 'Switch servicer' })
    await user.type(within(dialog).getByLabelText('Servicer ID'), '4')
    await user.click(within(dialog).getByRole('button', { name: 'Switch' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This token is not entitled to servicer 4 of tenant 314.',
    )
    const scope = () => screen.getByText(/^Tenant/, { selector: '.scope' })
    expect(scope()).toHaveTextContent('Tenant 314 · Servicer 2')

    await user.clear(within(dialog).getByLabelText('Servicer ID'))
    await user.type(within(dialog).getByLabelText('Servicer ID'), '3')
    await user.click(within(dialog).getByRole('button', { name: 'Switch' }))
    await waitFor(() => expect(scope()).toHaveTextContent('Tenant 314 · Servicer 3'))
    await screen.findByRole('table', { name: 'Calls' })
    // Nothing of servicer 2 is left in memory; the token is the same, and still only in the session.
    expect(servicers()).toEqual(new Set(['3']))
    const stored = window.sessionStorage.getItem('calltracking.session') ?? ''
    expect(JSON.parse(stored)).toEqual({ ...demo, servicerId: '3' })
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('demo-access-token')
  }, 30_000) // three round trips to the real server and a dialog, on a busy machine
})

// The next page drawn ahead (hidden): which rows it holds, and what it leaves in the query cache.
describe('the next page, drawn ahead', () => {
  const hiddenCallIds = () =>
    [...document.querySelectorAll('.page-slot[aria-hidden="true"] button[data-call-id]')].map((b) =>
      b.getAttribute('data-call-id'),
    )
  const callTimes = (root: ParentNode) =>
    [...root.querySelectorAll('td.col-callTimestamp time')].map((t) => t.getAttribute('datetime')!)

  it('holds the next server page, in the order on screen, and follows it from the cache', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    renderApp(queryClient)
    const table = await signIn(user)
    await waitFor(() => expect(hiddenCallIds()).toHaveLength(20))
    const shown = callTimes(table)
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
    renderApp(queryClient)
    await signIn(user)
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
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

// A search changes the view once its answer is in, or SEARCH_GRACE_MS later without it: within that
// moment the rows on screen are replaced directly, with no loading state drawn first.
describe('a search answered within a moment', () => {
  /** Requests for `borrowerId`'s calls wait until `answer()`; every other request goes through. */
  function holdAnswersFor(borrowerId: string) {
    const realFetch = globalThis.fetch
    let answer!: () => void
    const answered = new Promise<void>((resolve) => (answer = resolve))
    const asked: string[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.searchParams.get('borrowerid') === borrowerId) {
        asked.push(url.search)
        await answered
      }
      return realFetch(input, init)
    })
    return Object.assign(answer, { asked })
  }
  /**
   * Types the first borrower of `table` into the form, with the search's wait and that borrower's
   * answers held: the test clicks Search, and decides when the time is up and the answer comes.
   */
  async function typeHeldSearch(user: ReturnType<typeof userEvent.setup>, table: HTMLElement) {
    const borrowerId = borrowerCells(table)[0]!
    const wait = holdTheSearchWait()
    const answer = holdAnswersFor(borrowerId)
    await user.type(screen.getByLabelText('Borrower ID'), borrowerId)
    return { borrowerId, wait, answer }
  }
  /** The search for `borrowerId` is not on the wire, and brought nothing into the cache. */
  const expectCalledOff = (
    queryClient: ReturnType<typeof createQueryClient>,
    borrowerId: string,
  ) => {
    const query = queryClient
      .getQueryCache()
      .getAll()
      .find((q) => JSON.stringify(q.queryKey).includes(`"borrowerid":"${borrowerId}"`))
    expect(query?.state.fetchStatus).toBe('idle')
    expect(query?.state.data).toBeUndefined()
  }
  /** The Borrower ID column's cells of the table's rows. */
  const borrowerCells = (table: HTMLElement) =>
    [...table.querySelectorAll('tbody td.col-borrowerId')].map((cell) => cell.textContent ?? '')
  const shownBorrowers = (table: HTMLElement) => new Set(borrowerCells(table))

  it('replaces the rows with its answer directly, without a loading state in between', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const wait = holdTheSearchWait()
    const said = progressSaid()
    const borrowerId = borrowerCells(table)[0]!
    await user.type(screen.getByLabelText('Borrower ID'), borrowerId)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await waitFor(() => expect(shownBorrowers(table)).toEqual(new Set([borrowerId])))
    // The same table, its rows replaced; the wait's timer never ran.
    expect(screen.getByRole('table', { name: 'Calls' })).toBe(table)
    expect(wait.waiting()).toBe(1)
    expect(said.filter((text) => text.startsWith('Loading calls'))).toEqual([])
  })

  it('shows the loading state once the moment is over, then the answer when it comes', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const before = shownBorrowers(table)
    const { borrowerId, wait, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await waitFor(() => expect(wait.waiting()).toBe(1))
    // Within the moment, the rows on screen stay as they were, and nothing says "Loading".
    expect(shownBorrowers(table)).toEqual(before)
    expect(screen.queryByText(/^Loading calls for/)).toBeNull()
    wait.timeIsUp()
    await screen.findByText(`Loading calls for Borrower ID ${borrowerId}…`)
    expect(screen.queryByRole('table', { name: 'Calls' })).toBeNull()
    answer()
    const answered = await screen.findByRole('table', { name: 'Calls' })
    await waitFor(() => expect(shownBorrowers(answered)).toEqual(new Set([borrowerId])))
  })

  it('when its rows replace the loading state with focus on Cancel, focus goes to the results’ heading', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const { borrowerId, wait, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    wait.timeIsUp()
    ;(
      await within(document.getElementById('results')!).findByRole('button', { name: 'Cancel' })
    ).focus()
    answer()
    const answered = await screen.findByRole('table', { name: 'Calls' })
    await waitFor(() => expect(shownBorrowers(answered)).toEqual(new Set([borrowerId])))
    expect(screen.getByRole('heading', { name: 'Calls' })).toHaveFocus()
  })

  it('keeps what is typed in the form while the search waits for its answer', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const { borrowerId, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await user.type(screen.getByLabelText('Phone number'), '303')
    answer()
    await waitFor(() => expect(shownBorrowers(table)).toEqual(new Set([borrowerId])))
    expect(screen.getByLabelText('Phone number')).toHaveValue('303')
    expect(screen.getByLabelText('Borrower ID')).toHaveValue(borrowerId)
  })

  it('leaves the previous rows closed to clicks while it waits, then applies', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    const goTo = within(pager).getByLabelText('Go to page')
    await user.type(goTo, '3')
    const { borrowerId, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    // Next page, Go to page, Rows per page and a row's details act on rows about to be replaced:
    // nothing happens, and the select shows its value again.
    await user.click(within(pager).getByRole('button', { name: 'Next page' }))
    await user.type(goTo, '{Enter}')
    await user.selectOptions(within(pager).getByLabelText('Rows per page'), '10')
    await user.click(within(table).getAllByRole('button', { name: /^View details/ })[0]!)
    expect(within(pager).getByText(/^Page 1 of/)).toBeInTheDocument()
    expect(within(pager).getByLabelText('Rows per page')).toHaveValue('20')
    const asked = new URLSearchParams(currentSearch())
    expect([asked.get('page'), asked.get('limit'), asked.get('call')]).toEqual([null, null, null])
    answer()
    await waitFor(() => expect(shownBorrowers(table)).toEqual(new Set([borrowerId])))
  })

  it('is dropped when the user goes Back before its answer, and the form shows the rows’ filters', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    renderApp(queryClient)
    const table = await signIn(user)
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    await user.click(within(pager).getByRole('button', { name: 'Next page' }))
    await within(pager).findByText(/^Page 2 of/)
    await waitFor(() => expect(window.location.search).toContain('page=2'))
    const { borrowerId, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    window.history.back()
    await within(pager).findByText(/^Page 1 of/)
    answer()
    // The page stays where the user went, and the dropped search's request was called off.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(within(pager).getByText(/^Page 1 of/)).toBeInTheDocument()
    expect(new URLSearchParams(currentSearch()).get('borrowerid')).toBeNull()
    expect(screen.getByLabelText('Borrower ID')).toHaveValue('')
    expectCalledOff(queryClient, borrowerId)
  })

  it('is replaced by a newer search: the later one is applied, and the earlier one called off', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    renderApp(queryClient)
    const table = await signIn(user)
    const [first, second] = [...new Set(borrowerCells(table))]
    holdTheSearchWait()
    const answerFirst = holdAnswersFor(first!)
    const field = screen.getByLabelText('Borrower ID')
    await user.type(field, first!)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await user.clear(field)
    await user.type(field, second!)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await waitFor(() => expect(shownBorrowers(table)).toEqual(new Set([second])))
    answerFirst()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(shownBorrowers(table)).toEqual(new Set([second]))
    expect(new URLSearchParams(currentSearch()).get('borrowerid')).toBe(second)
    // The first one's request, read by no view, was called off rather than left on the wire.
    expectCalledOff(queryClient, first!)
  })

  it('asked again while it waits (a double click), keeps its request rather than ask twice', async () => {
    const user = userEvent.setup()
    renderApp()
    const table = await signIn(user)
    const { borrowerId, answer } = await typeHeldSearch(user, table)
    await user.dblClick(screen.getByRole('button', { name: 'Search' }))
    answer()
    await waitFor(() => expect(shownBorrowers(table)).toEqual(new Set([borrowerId])))
    const pageRequests = answer.asked.filter((query) => query.endsWith('offset=0&limit=20'))
    expect(pageRequests).toHaveLength(1)
  })

  it('is dropped by Clear filters, even where no filter was set', async () => {
    const user = userEvent.setup()
    const queryClient = createQueryClient()
    renderApp(queryClient)
    const table = await signIn(user)
    const before = shownBorrowers(table)
    const { borrowerId, answer } = await typeHeldSearch(user, table)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    answer()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByLabelText('Borrower ID')).toHaveValue('')
    expect(new URLSearchParams(currentSearch()).get('borrowerid')).toBeNull()
    expect(shownBorrowers(table)).toEqual(before)
    expectCalledOff(queryClient, borrowerId)
  })

  it('Clear filters empties the form after the same search was asked again', async () => {
    const user = userEvent.setup()
    renderApp()
    await signIn(user)
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await user.type(screen.getByLabelText('Borrower ID'), '100000450')
    await user.type(screen.getByLabelText('Phone number'), '402')
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(screen.getByLabelText('Borrower ID')).toHaveValue('')
    expect(screen.getByLabelText('Phone number')).toHaveValue('')
  })
})
