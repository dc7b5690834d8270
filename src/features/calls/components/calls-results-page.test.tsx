import { render, screen } from '@testing-library/react'
import { Profiler, type ComponentProps } from 'react'
import { describe, expect, it } from 'vitest'
import type { WireCall } from '../../../contract/call-record-schema'
import { CallsResultsPage } from './calls-results-page'

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

/** Page `page` of a 100-page result, `size` calls a page. */
function pageProps(page: number, size: number): ComponentProps<typeof CallsResultsPage> {
  const rows = Array.from({ length: size }, (_, i) => call((page - 1) * size + i))
  return {
    snapshot: { rows, page, pageCount: 100, sortScope: 'page' },
    stale: false,
    pageProblem: null,
    sort: { column: 'callTimestamp', desc: true },
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
})
