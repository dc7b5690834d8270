import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { memo, Profiler, type ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { WireCall } from '../../../contract/call-record-schema'
import { CallsResultsPage } from './calls-results-page'
import type * as CallsTableModule from './calls-table'

// Each render of a table: the borrower of its first row. The same memo, around the real table.
const tableRenders = vi.hoisted(() => [] as string[])
vi.mock('./calls-table', async (importOriginal) => {
  const { CallsTable } = await importOriginal<typeof CallsTableModule>()
  return {
    CallsTable: memo(function CountedCallsTable(props: ComponentProps<typeof CallsTable>) {
      tableRenders.push(props.rows[0]?.borrowerId ?? '')
      return <CallsTable {...props} />
    }),
  }
})

const call = (n: number): WireCall => {
  const at = new Date(Date.UTC(2025, 0, 1, 12) - n * 3_600_000).toISOString()
  return {
    callId: `call-${n}`,
    callTimestamp: at,
    callStatus: 'Contacted',
    tenantId: '314',
    servicerId: '2',
    loanId: `loan-${n}`,
    borrowerId: `${100_000 + n}`,
    phoneNumber: '4025550134',
    createdDate: at,
    updatedDate: at,
    createdBy: 'a',
    updatedBy: 'a',
  }
}

// The page passes the same handlers from one render to the next (new ones rebuild the columns).
const noop = () => {}

// The same sort object from one view to the next, as useCallsView gives it.
const SORT = { column: 'callTimestamp', desc: true } as const

// One object per call, as the query cache holds them: a page read again is the same rows.
const calls = new Map<number, WireCall>()
const cachedCall = (n: number) => calls.get(n) ?? calls.set(n, call(n)).get(n)!

/** Page `page` of a 100-page result, `size` calls a page. */
function pageProps(page: number, size: number): ComponentProps<typeof CallsResultsPage> {
  const rows = Array.from({ length: size }, (_, i) => cachedCall((page - 1) * size + i))
  return {
    snapshot: { rows, page, pageCount: 100, sortScope: 'page' },
    stale: false,
    ahead: null,
    pageProblem: null,
    sort: SORT,
    limit: size,
    total: 100 * size,
    zone: 'UTC',
    fetching: false,
    message: null,
    onRetry: noop,
    onRetryPage: noop,
    onPageChange: noop,
    onPageSizeChange: noop,
    onSortChange: noop,
    onViewDetails: noop,
  }
}

/** Each commit of the results page: the borrower of its first row, and how many rows it drew. */
function drawing(first: ComponentProps<typeof CallsResultsPage>) {
  const commits: string[] = []
  const onRender = () => {
    const rows = screen.getAllByRole('row').slice(1)
    commits.push(`${rows[0]?.querySelectorAll('td')[3]?.textContent ?? ''} ×${rows.length}`)
  }
  const page = (props: ComponentProps<typeof CallsResultsPage>) => (
    <Profiler id="results" onRender={onRender}>
      <CallsResultsPage {...props} />
    </Profiler>
  )
  const view = render(page(first))
  return (props: ComponentProps<typeof CallsResultsPage>) => {
    commits.length = 0
    view.rerender(page(props))
    return commits
  }
}

describe('CallsResultsPage', () => {
  it('draws the next page of 20 in one commit, with no second render after it', async () => {
    const next = drawing(pageProps(1, 20))
    const commits = next(pageProps(2, 20))
    // A render the page asked for itself would come after the rerender, in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(commits).toEqual(['100020 ×20'])
  })

  it('draws a larger page first with its first 20 rows, then all of them, in a commit of their own', async () => {
    const next = drawing(pageProps(1, 20))
    const commits = next(pageProps(2, 50))
    await screen.findByText('100099')
    expect(commits).toEqual(['100050 ×20', '100050 ×50'])
    expect(screen.getAllByRole('row')).toHaveLength(51)
  })

  describe('the next page, drawn ahead', () => {
    const withAhead = (page: number) => ({
      ...pageProps(page, 20),
      ahead: pageProps(page + 1, 20).snapshot.rows,
    })
    // The table a user can see and reach: the one not hidden from assistive technology.
    const shownTable = () => screen.getByRole('table')
    const hiddenSlot = () => document.querySelector<HTMLElement>('.page-slot[aria-hidden="true"]')

    it('is a second table, hidden from assistive technology and out of reach', () => {
      render(<CallsResultsPage {...withAhead(1)} />)
      expect(within(shownTable()).getByText('100000')).toBeInTheDocument()
      expect(within(shownTable()).queryByText('100020')).toBeNull()
      const hidden = hiddenSlot()
      expect(hidden).not.toBeNull()
      expect(hidden).toHaveAttribute('inert')
      expect(within(hidden!).getByText('100020')).toBeInTheDocument()
      expect(shownTable().closest('.page-slot')).not.toHaveAttribute('inert')
    })

    it('is shown by Next page as it was drawn: the same rows, not drawn again', async () => {
      const next = drawing(withAhead(1))
      const drawnAhead = within(hiddenSlot()!).getByText('100020')
      const left = shownTable().closest('.page-slot')
      const commits = next(pageProps(2, 20))
      expect(commits).toEqual(['100020 ×20'])
      expect(within(shownTable()).getByText('100020')).toBe(drawnAhead)
      // The page left stays drawn, hidden, for Previous page.
      expect(left).toHaveAttribute('aria-hidden', 'true')
      expect(within(left as HTMLElement).getByText('100000')).toBeInTheDocument()
      // In reach once its frame is painted, and the page left out of reach from then on: making a
      // table inert or not restyles all of it, work the swap's frame does not wait for.
      expect(shownTable().closest('.page-slot')).toHaveAttribute('inert')
      expect(left).not.toHaveAttribute('inert')
      await waitFor(() => expect(shownTable().closest('.page-slot')).not.toHaveAttribute('inert'))
      expect(left).toHaveAttribute('inert')
    })

    it('renders neither table on Next page, nor when the page shown comes in reach', async () => {
      const next = drawing(withAhead(1))
      tableRenders.length = 0
      next(pageProps(2, 20))
      await waitFor(() => expect(shownTable().closest('.page-slot')).not.toHaveAttribute('inert'))
      expect(tableRenders).toEqual([])
    })

    it('is neither busy nor dimmed while the page shown is', () => {
      render(<CallsResultsPage {...withAhead(1)} fetching stale />)
      expect(shownTable()).toHaveAttribute('aria-busy', 'true')
      expect(hiddenSlot()!.querySelector('table')).not.toHaveAttribute('aria-busy')
      expect(hiddenSlot()!.querySelector('tbody')).not.toHaveClass('stale')
    })

    it('is not drawn at more than 20 rows a page, even for a short page', () => {
      render(
        <CallsResultsPage
          {...pageProps(1, 10)}
          limit={50}
          ahead={pageProps(2, 10).snapshot.rows}
        />,
      )
      expect(hiddenSlot()).toBeNull()
    })

    it('is dropped when the page size grows past 20 (it would hold an old page for good)', () => {
      const next = drawing(withAhead(1))
      expect(hiddenSlot()).not.toBeNull()
      next({ ...pageProps(1, 50), ahead: pageProps(2, 50).snapshot.rows })
      expect(hiddenSlot()).toBeNull()
    })

    it('is not drawn for pages larger than 20 rows (their drawing is sliced over frames)', () => {
      render(<CallsResultsPage {...pageProps(1, 50)} ahead={pageProps(2, 50).snapshot.rows} />)
      expect(hiddenSlot()).toBeNull()
    })

    it('takes the focus off the page left, to the results heading, never the page body', () => {
      const heading = document.createElement('h2')
      heading.id = 'calls-title'
      heading.tabIndex = -1
      document.body.append(heading)
      try {
        const next = drawing(withAhead(1))
        within(shownTable())
          .getAllByRole('button', { name: /^View details/ })[3]!
          .focus()
        // The page left stays drawn (nothing ahead replaces it): its row is still there.
        next(pageProps(2, 20))
        expect(document.activeElement).toBe(heading)
      } finally {
        heading.remove()
      }
    })

    it('keeps the clicks and focus of the swap frame off the page left, until it is inert', async () => {
      const heading = document.createElement('h2')
      heading.id = 'calls-title'
      heading.tabIndex = -1
      document.body.append(heading)
      try {
        const onViewDetails = vi.fn()
        const next = drawing({ ...withAhead(1), onViewDetails })
        const left = shownTable().closest<HTMLElement>('.page-slot')!
        next({ ...pageProps(2, 20), onViewDetails })
        // The frame before it is inert: a click on a row or its button there opens nothing, and
        // its mousedown does not move the focus (to the page body, in a browser).
        expect(left).not.toHaveAttribute('inert')
        expect(fireEvent.mouseDown(left.querySelector('td')!)).toBe(false)
        fireEvent.click(left.querySelector('td')!)
        fireEvent.click(left.querySelector('button[data-call-id]')!)
        expect(onViewDetails).not.toHaveBeenCalled()
        // Focus reaching it goes to the results' heading.
        left.querySelector<HTMLElement>('button[data-call-id]')!.focus()
        expect(document.activeElement).toBe(heading)
        // The page shown opens its calls once in reach.
        await waitFor(() => expect(shownTable().closest('.page-slot')).not.toHaveAttribute('inert'))
        fireEvent.click(within(shownTable()).getAllByRole('button', { name: /^View details/ })[0]!)
        expect(onViewDetails).toHaveBeenCalledTimes(1)
        expect(onViewDetails.mock.calls[0]![0]).toMatchObject({ borrowerId: '100020' })
      } finally {
        heading.remove()
      }
    })

    it('scrolls sideways as far as the page left (a narrow screen)', () => {
      const next = drawing(withAhead(1))
      const left = shownTable().closest('.table-scroll')!
      left.scrollLeft = 120
      fireEvent.scroll(left)
      next(pageProps(2, 20))
      const shown = shownTable().closest('.table-scroll')!
      expect(shown.scrollLeft).toBe(120)
      // Scrolled back here, then Previous page: the page left is shown scrolled back too.
      shown.scrollLeft = 0
      fireEvent.scroll(shown)
      next(pageProps(1, 20))
      expect(shownTable().closest('.table-scroll')).toBe(left)
      expect(left.scrollLeft).toBe(0)
    })
  })
})
