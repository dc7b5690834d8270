import { lazy, Suspense, useEffect, useRef } from 'react'
import { ErrorBoundary } from '../../../components/ui/error-boundary'
import { MAX_LIMIT } from '../../../contract/call-filters'
import { browserTimeZone } from '../../../lib/dates'
import type { CallsRequest } from '../api/calls-api'
import { IncompleteReadError } from '../api/read-all-calls'
import { AUTO_SUMMARY_MAX, useCallSummary } from '../hooks/use-call-summary'
import type { ApiFilters } from '../model/filter-validation'
import { describeError } from './describe-error'
import { SummaryFigureList } from './summary-figure-list'
import './calls-summary.css'
import { formatCount } from '../../../lib/format-count'

// The chart is its own chunk: the first search does not load it, only a summary that is ready.
const CallsPerDayChart = lazy(() =>
  import('./calls-per-day-chart').then((module) => ({ default: module.CallsPerDayChart })),
)

export type CallsSummaryProps = {
  request: CallsRequest
  /** The filters as the API receives them; null while the form's filters are invalid. */
  filters: ApiFilters | null
  /** The exact number of matching calls, once the results know it. */
  total: number | null
  /** The search in the form's words, for messages. */
  search: string
  /** The zone whose calendar days the chart counts in (an IANA name). */
  zone?: string
}

const count = formatCount

/** "Summary": figures of every call matching the filters, and the calls-per-day chart. */
export function CallsSummary({
  request,
  filters,
  total,
  search,
  zone = browserTimeZone(),
}: CallsSummaryProps) {
  const { state, compute, cancel } = useCallSummary(request, filters, total)
  const heading = useRef<HTMLHeadingElement>(null)
  // A read that ends by itself takes its progress bar and Cancel away: if focus was there, it goes
  // to the heading rather than falling to the page body.
  const focusInProgress = useRef(false)
  const reading = state.status === 'reading'
  useEffect(() => {
    if (reading || !focusInProgress.current) return
    focusInProgress.current = false
    if (!heading.current?.contains(document.activeElement)) heading.current?.focus()
  }, [reading])
  if (filters === null) return null

  // The buttons disappear with the state they belong to: focus goes to the heading, never the body.
  const thenFocusHeading = (action: () => void) => () => {
    action()
    heading.current?.focus()
  }
  const statusText =
    state.status === 'reading'
      ? `Computing the summary of ${search}…`
      : state.status === 'offer' && state.cancelled
        ? 'The summary was cancelled.'
        : ''

  return (
    <section className="summary card" aria-labelledby="summary-title">
      <div className="summary-header">
        <h2 id="summary-title" tabIndex={-1} ref={heading}>
          Summary
        </h2>
        <p className="busy" role="status">
          {statusText}
        </p>
      </div>
      {state.status === 'waiting' && (
        <p className="hint">
          The summary follows as soon as the number of matching calls is known.
        </p>
      )}
      {state.status === 'offer' && (
        <div className="summary-offer">
          <p className="hint">
            {state.cancelled
              ? 'The summary was cancelled before every call was read; nothing of it was kept.'
              : `${count(state.total)} calls match: above ${count(AUTO_SUMMARY_MAX)}, the summary is computed on request. It reads every call, ${count(MAX_LIMIT)} per request.`}
          </p>
          <button type="button" className="button" onClick={thenFocusHeading(compute)}>
            Compute summary
          </button>
        </div>
      )}
      {state.status === 'reading' && (
        <div className="summary-progress">
          <label htmlFor="summary-progress">
            Read {count(state.progress.read)} of the {count(state.progress.total)} matching calls
          </label>
          <progress id="summary-progress" max={state.progress.total} value={state.progress.read} />
          <button
            type="button"
            className="button button-small"
            onClick={thenFocusHeading(cancel)}
            onFocus={() => (focusInProgress.current = true)}
            // Leaving for another control clears the flag (a removal fires no blur to clear it).
            onBlur={(event) => {
              if (event.relatedTarget) focusInProgress.current = false
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {state.status === 'failed' && (
        <SummaryFailed
          search={search}
          error={state.error}
          scope={request.credentials}
          onRetry={thenFocusHeading(compute)}
        />
      )}
      {state.status === 'ready' && (
        <>
          {state.outdated && (
            <div className="notice notice-warning">
              <p>
                This summary counted {count(state.tally.total)} calls; {count(total ?? 0)} match
                now. The calls have changed since it was computed.
              </p>
              <div className="notice-actions">
                <button type="button" className="button" onClick={thenFocusHeading(compute)}>
                  Compute again
                </button>
              </div>
            </div>
          )}
          <SummaryFigureList tally={state.tally} />
          <ErrorBoundary
            fallback={() => (
              // A browser keeps a failed module import for the page's life: only a reload retries it.
              <div className="notice notice-error" role="alert">
                <p>The chart of calls per day could not be loaded.</p>
                <p>Reload the page to try again; the filters are kept in its address.</p>
                <div className="notice-actions">
                  <button type="button" className="button" onClick={() => window.location.reload()}>
                    Reload the page
                  </button>
                </div>
              </div>
            )}
          >
            <Suspense fallback={<p className="hint">Loading the chart of calls per day…</p>}>
              <CallsPerDayChart tally={state.tally} zone={zone} range={filters} />
            </Suspense>
          </ErrorBoundary>
        </>
      )}
    </section>
  )
}

type SummaryFailedProps = {
  search: string
  error: unknown
  scope: { tenantId: string; servicerId: string }
  onRetry: () => void
}

function SummaryFailed({ search, error, scope, onRetry }: SummaryFailedProps) {
  // A short read is not an API error: say what it means in its own words.
  const message =
    error instanceof IncompleteReadError
      ? { title: error.message, action: 'Try again.', canRetry: true }
      : describeError(error, scope)
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">Could not compute the summary of {search}.</p>
      <p>{message.title}</p>
      <p>{message.action}</p>
      {message.canRetry && (
        <div className="notice-actions">
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  )
}
