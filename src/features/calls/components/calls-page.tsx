import { hashKey, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react'
import { CompactRowsToggle } from '../../../components/ui/display-preferences'
import { useRuntimeConfig } from '../../../config/runtime-config-context'
import type { WireCall } from '../../../contract/call-record-schema'
import type { ApiCredentials } from '../../../lib/api-client'
import { isApiError } from '../../../lib/api-error'
import { callQueries } from '../api/call-queries'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useHoldUrlWrites } from '../../../lib/url-search-params'
import { settledOrAfter } from '../../../lib/settled-or-after'
import { usePaintedOnce } from '../../../lib/use-after-paint'
import { useCallResults } from '../hooks/use-call-results'
import { useFirstRowsInSlices } from '../hooks/use-first-rows-in-slices'
import { useCallsView } from '../hooks/use-calls-view'
import { useDisplayZone } from '../hooks/use-time-zone-choice'
import { EMPTY_FILTERS, type CallSort, type FilterDraft } from '../model/calls-view-state'
import { ALL_CALLS, describeSearch, searchTitle } from '../model/describe-search'
import { validateFilters } from '../model/filter-validation'
import { noteSearchAsked } from '../model/search-asked'
import { networkAnswered } from '../model/network-answered'
import { filterErrorsFromProblem } from '../model/server-filter-errors'
import {
  pivotView,
  rezonedView,
  resizedView,
  sameView,
  searchView,
  type PivotParam,
} from '../model/view-transitions'
import { CallColumnsMenuSlot } from './call-columns-menu-slot'
import { CallDetailSlot } from './call-detail-slot'
import { CallsFilterForm } from './calls-filter-form'
import { CallsSummarySlot } from './calls-summary-slot'
import { CallsError, LoadingCalls, NoCalls, SearchCancelled } from './calls-results-states'
import { CallsResultsPage } from './calls-results-page'
import { ExportCsvSlot } from '../export/components/export-csv-slot'
import { ContactCadenceSlot } from './contact-cadence-slot'
import { describeError } from './describe-error'
import { RefreshControl } from './refresh-control'
import { TimeZoneSelect } from './time-zone-select'
import { formatCount } from '../../../lib/format-count'

/**
 * How long a search may take before its loading state is drawn: the 0.1 s within which a response
 * feels immediate, so an answer in that time needs no sign that it is coming.
 */
export const SEARCH_GRACE_MS = 100

type CallsPageProps = {
  credentials: ApiCredentials
  /** The API refused the token (401): the app returns to sign-in, keeping this view's URL. */
  onUnauthorized: (reason: string) => void
  onSignOut: () => void
}

export function CallsPage({ credentials, onUnauthorized, onSignOut }: CallsPageProps) {
  const { api } = useRuntimeConfig()
  const queryClient = useQueryClient()
  const { view, go, unknownParameters, refusedTimeZone } = useCallsView()
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  // Times are shown, and From/To read, in the link's zone when it carries one, else the chosen one.
  const zone = useDisplayZone(view.timeZone)
  const validation = useMemo(() => validateFilters(view.filters, zone), [view.filters, zone])
  // A link with days but no zone (older, or typed) is given the zone they are read in, so a copy of
  // it means the same calls anywhere. A refused tz stays in view, with its notice.
  const zoneMissing =
    view.timeZone === null &&
    refusedTimeZone === null &&
    (view.filters.startdate !== '' || view.filters.enddate !== '')
  useEffect(() => {
    if (zoneMissing) go({ timeZone: zone }, true)
  }, [zoneMissing, zone, go])
  const request = useMemo(() => ({ api, credentials }), [api, credentials])
  const results = useFirstRowsInSlices(
    useCallResults(request, view, validation.ok ? validation.apiFilters : null),
  )

  const unauthorized = isApiError(results.error) && results.error.status === 401
  useEffect(() => {
    if (unauthorized)
      onUnauthorized(
        'Your access token was not accepted (it may have expired). Sign in again to come back to this view.',
      )
  }, [unauthorized, onUnauthorized])

  const { shown } = results
  // Parts the first rows do not need (Export CSV, the Columns menu) are fetched once the first
  // search's answer is drawn: its rows, or an HTTP error (final, or retried: its rows are not
  // coming soon). Not while no response comes, when their fetch would fail too, and stay failed.
  // Once, for the page's life: a slot that leaves and comes back (Export CSV, with invalid
  // filters) needs no second wait.
  const extrasNeeded = usePaintedOnce(
    networkAnswered(shown.status, results.error, results.retryingAfter, navigator.onLine),
  )
  // The address bar is written once the rows asked for are drawn, not as they arrive.
  useHoldUrlWrites(shown.status === 'loading' || (shown.status === 'rows' && shown.stale))
  // A page past the end (an old link, a smaller result) becomes the last page: judged on this
  // query's own answer, never on an earlier page still on screen while it loads.
  const clampTo =
    shown.status === 'rows' &&
    !shown.stale &&
    !shown.pageProblem &&
    shown.snapshot.pageCount !== null &&
    view.page > shown.snapshot.pageCount
      ? shown.snapshot.pageCount
      : null
  useEffect(() => {
    if (clampTo !== null) go({ page: clampTo }, true)
  }, [clampTo, go])

  const openDetails = useCallback((call: WireCall) => go({ callId: call.callId }, true), [go])
  const closeDetails = useCallback(() => go({ callId: null }, true), [go])
  const changeSort = useCallback((sort: CallSort) => go({ sort, page: 1 }), [go])
  // A new search that adds a history entry: Back reopens this call. The closing drawer hands focus
  // back to the row that opened it or, when that row left with the previous search, to the
  // results' heading (fallbackFocus), never to the body.
  const pivot = (param: PivotParam, value: string) => go(pivotView(view, param, value))

  // The form shows the URL's filters again (dropping what was typed, and its messages) whenever they
  // change (unless they are its own search arriving after more was typed), and on Clear filters, or
  // a search dropped by Back, even when they do not: both bump the generation.
  const [formGeneration, setFormGeneration] = useState(0)
  const formKey = `${formGeneration}|${JSON.stringify(view.filters)}`
  // The form refused a search on its own rules: the rows below answer the previous one.
  const [refusedFor, setRefusedFor] = useState<string | null>(null)
  const showingPreviousSearch = refusedFor === formKey && shown.status === 'rows'

  // A search that is waiting for its answer before it changes the view (below). A newer search,
  // Clear filters, Back or Forward replace it; leaving the page calls it off.
  const waitingSearch = useRef<{ queryHash: string; drop: () => void } | null>(null)
  const dropWaitingSearch = () => {
    waitingSearch.current?.drop()
    waitingSearch.current = null
  }
  useEffect(() => () => waitingSearch.current?.drop(), [])
  const clearFilters = () => {
    dropWaitingSearch()
    setFormGeneration((n) => n + 1)
    go({ filters: EMPTY_FILTERS, page: 1, callId: null })
  }
  const search = (filters: FilterDraft) => {
    setRefusedFor(null)
    const next = searchView(view, filters, zone)
    const valid = validateFilters(next.filters, zone)
    const page = valid.ok
      ? callQueries.page(request, valid.apiFilters, next.page, next.limit)
      : null
    // The same search while it waits (a double click, Enter then Search): it is on its way already.
    if (page && waitingSearch.current?.queryHash === hashKey(page.queryKey)) return
    dropWaitingSearch()
    // The same search again asks again: the user expects fresh rows, not a no-op. (Its days are read
    // in `zone` either way, so a view that only lacked `tz` asks the same question.)
    if (sameView(next, { ...view, timeZone: next.timeZone })) {
      if (!sameView(next, view)) go(next, true)
      return results.refetch()
    }
    if (!page) return go(next)
    // Asked now, and the view changes once the answer settles, or after SEARCH_GRACE_MS without it:
    // an answer within that moment replaces the rows on screen directly, with no loading state
    // drawn and painted first (it cost the search a frame), and then unmounted. A slower one shows
    // the loading state as before, SEARCH_GRACE_MS later. The query the new view mounts (same
    // key) takes the rows from the cache, shows a failure as it is (useCallResults), or joins the
    // request on its way.
    // Back or Forward meanwhile wins, and the form shows the filters of that entry's rows again,
    // not the search that was dropped.
    const movedOn = () => {
      dropWaitingSearch()
      setFormGeneration((n) => n + 1)
    }
    noteSearchAsked(page.queryKey)
    const stopWaiting = settledOrAfter(queryClient.prefetchQuery(page), SEARCH_GRACE_MS, () => {
      window.removeEventListener('popstate', movedOn)
      waitingSearch.current = null
      go(next)
    })
    window.addEventListener('popstate', movedOn)
    waitingSearch.current = {
      queryHash: hashKey(page.queryKey),
      drop: () => {
        stopWaiting()
        window.removeEventListener('popstate', movedOn)
        // A request nobody will read is called off (one the view has started to follow stays).
        if (!queryClient.getQueryCache().find({ queryKey: page.queryKey, exact: true })?.isActive())
          void queryClient.cancelQueries({ queryKey: page.queryKey, exact: true })
      },
    }
  }
  // Meanwhile the results are the previous search's: a click in them (a row, a page, Refresh, Go to
  // page: Enter there clicks its Go button) or a change of their controls would act on rows about
  // to be replaced, so it does nothing. Not `inert`: that restyles every row, in the frames the
  // search is waiting for.
  const whileSearchWaits = (event: SyntheticEvent) => {
    if (waitingSearch.current === null) return
    event.preventDefault()
    event.stopPropagation()
  }
  // Page buttons count from the page on screen. Asking for the page already asked for retries it
  // when it failed; while it is on its way (a second click on Next), it is left to come.
  const changePage = (page: number) => {
    if (page !== view.page) go({ page })
    else if (shown.status === 'rows' && shown.pageProblem) results.refetch()
  }

  const searchText = describeSearch(view.filters)
  useDocumentTitle(searchTitle(view.filters))
  const problem = results.error !== null && !unauthorized ? results.error : null
  const message = problem ? describeError(problem, credentials) : null
  const serverErrors =
    isApiError(problem) && problem.status === 400 ? filterErrorsFromProblem(problem.problem) : {}
  const retrying = isApiError(results.retryingAfter)
    ? `The last attempt failed (${results.retryingAfter.status || results.retryingAfter.kind}); trying again…`
    : null
  // One persistent live region for progress (a region mounted with its text is often not read).
  const busyText =
    shown.status === 'loading'
      ? results.isPaused
        ? `Offline: the search for ${searchText} will run when the connection is back.`
        : `Loading calls for ${searchText}…${retrying ? ` ${retrying}` : ''}`
      : shown.status === 'rows' && shown.stale
        ? `Loading page ${view.page}…${retrying ? ` ${retrying}` : ''}`
        : results.isFetching && shown.status === 'rows'
          ? 'Updating…'
          : ''

  const { snapshot } = shown.status === 'rows' ? shown : { snapshot: null }
  // Said once a result has settled on the page it will stay on (not while a past-the-end page is
  // being corrected).
  const announcement =
    snapshot && shown.status === 'rows' && !shown.stale && !results.isFetching && clampTo === null
      ? snapshot.rows.length === 0
        ? `Nothing found for ${searchText}.`
        : `Showing ${plural(snapshot.rows.length, 'call')} for ${searchText}: page ${snapshot.page}${snapshot.pageCount === null ? '' : `, ${plural(snapshot.pageCount, 'page')} in all`}.`
      : ''

  // A control that may vanish with the view it changes (Rows per page on a large result: the pager
  // goes while the new size loads): if it took focus with it, focus goes to the results' heading.
  const watchedFocus = useRef<Element | null>(null)
  useEffect(() => {
    const watched = watchedFocus.current
    if (!watched) return
    watchedFocus.current = null
    if (!watched.isConnected && document.activeElement === document.body)
      resultsHeading.current?.focus()
  })
  const keepingFocus = (action: () => void) => {
    watchedFocus.current = document.activeElement
    action()
  }

  // These buttons disappear with the state they belong to: focus goes to the results' heading, from
  // where the next Tab reaches the rows, never to the page body.
  const thenFocusResults = (action: () => void) => () => {
    action()
    resultsHeading.current?.focus()
  }

  return (
    <>
      <CallsFilterForm
        initial={view.filters}
        generation={formGeneration}
        searching={shown.status === 'loading'}
        serverErrors={serverErrors}
        onSearch={search}
        onInvalid={() => setRefusedFor(formKey)}
        onClear={clearFilters}
        timeZone={zone}
      />
      <ContactCadenceSlot
        request={request}
        filters={validation.ok ? validation.apiFilters : null}
        resultCalls={shown.status === 'loading' ? null : results.loaded}
        zone={zone}
      />
      <section
        className="results card"
        aria-labelledby="calls-title"
        id="results"
        onClickCapture={whileSearchWaits}
        onChangeCapture={whileSearchWaits}
      >
        <div className="results-header">
          <h2 id="calls-title" tabIndex={-1} ref={resultsHeading}>
            Calls
          </h2>
          <p className="busy" role="status">
            {busyText}
          </p>
          <TimeZoneSelect
            linkZone={view.timeZone}
            onZoneChange={(timeZone) => {
              const next = rezonedView(view, timeZone)
              if (next) go(next)
            }}
          />
          <CallColumnsMenuSlot needed={extrasNeeded} />
          <CompactRowsToggle />
          {shown.status !== 'idle' && (
            <RefreshControl
              onRefresh={results.refetch}
              updatedAt={shown.status === 'rows' ? results.updatedAt : null}
              timeZone={zone}
            />
          )}
        </div>
        {validation.ok && (
          <ExportCsvSlot
            needed={extrasNeeded}
            request={request}
            filters={validation.apiFilters}
            draft={view.filters}
            total={results.total}
            zone={zone}
          />
        )}
        {/* Results are announced here, politely; focus stays with the control that was used. */}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        {unknownParameters.length > 0 && (
          <p className="notice notice-warning">
            This link has {unknownParameters.length === 1 ? 'a parameter' : 'parameters'} the
            dashboard does not know ({unknownParameters.join(', ')}), so{' '}
            {unknownParameters.length === 1 ? 'it was' : 'they were'} not applied: the results below
            are for {searchText}.
          </p>
        )}
        {refusedTimeZone !== null && (
          <p className="notice notice-warning">
            This link&apos;s time zone ({refusedTimeZone}) is not one this browser knows, so its
            From and To days are read in {zone} instead, and the results may differ from the
            sender&apos;s.
          </p>
        )}
        {shown.status === 'idle' && (
          <p className="notice notice-warning">Fix the highlighted filters to search.</p>
        )}
        {showingPreviousSearch && (
          <p className="notice notice-warning" role="status">
            These are the results of the previous search ({searchText}), not of the filters above.
            Fix the highlighted filters to search again.
          </p>
        )}
        {shown.status === 'loading' && (
          <LoadingCalls
            onCancel={thenFocusResults(results.cancel)}
            focusAfter={() => resultsHeading.current?.focus()}
          />
        )}
        {shown.status === 'error' && message && problem !== null && (
          <CallsError
            what={
              searchText === ALL_CALLS
                ? 'Could not load calls.'
                : `Could not load calls for ${searchText}.`
            }
            message={message}
            onRetry={thenFocusResults(results.refetch)}
            onSignOut={onSignOut}
          />
        )}
        {shown.status === 'cancelled' && (
          <SearchCancelled search={searchText} onRetry={thenFocusResults(results.refetch)} />
        )}
        {shown.status === 'rows' &&
          (shown.snapshot.rows.length === 0 && shown.snapshot.page === 1 ? (
            <NoCalls
              search={searchText}
              scope={credentials}
              onClear={() => {
                clearFilters()
                resultsHeading.current?.focus()
              }}
            />
          ) : (
            <div className={showingPreviousSearch ? 'previous-search' : undefined}>
              <CallsResultsPage
                snapshot={shown.snapshot}
                stale={shown.stale}
                ahead={shown.stale || shown.pageProblem ? null : results.ahead}
                pageProblem={shown.pageProblem}
                sort={view.sort}
                limit={view.limit}
                total={results.total}
                zone={zone}
                fetching={results.isFetching}
                message={message}
                onRetry={results.refetch}
                onRetryPage={thenFocusResults(results.refetch)}
                onPageChange={changePage}
                // Keep the first row in view: the page that holds it at the new size.
                onPageSizeChange={(limit, shownPage) =>
                  keepingFocus(() => go(resizedView(view, shownPage, limit)))
                }
                onSortChange={changeSort}
                onViewDetails={openDetails}
              />
            </div>
          ))}
      </section>
      {/* After the rows, not above them: its height is known only once the result is counted and
          drawn (an offer, or figures and a chart), and the table must not move under a pointer
          that is already on its way to a row or a control. */}
      <CallsSummarySlot
        request={request}
        filters={validation.ok ? validation.apiFilters : null}
        total={results.total}
        search={searchText}
        zone={zone}
        countComing={shown.status === 'loading' || results.counting}
      />
      <CallDetailSlot
        callId={view.callId}
        call={view.callId ? results.loaded.find((c) => c.callId === view.callId) : undefined}
        loading={shown.status === 'loading'}
        onClose={closeDetails}
        fallbackFocus={() => resultsHeading.current}
        // The row of the call on show when it closes (after Next call, not the one that opened it).
        returnFocus={() =>
          view.callId
            ? // The shown table's, not the next page's drawn ahead (hidden).
              ([
                ...document.querySelectorAll<HTMLElement>(
                  `#results [data-call-id="${CSS.escape(view.callId)}"]`,
                ),
              ].find((button) => !button.closest('[aria-hidden="true"]')) ?? null)
            : null
        }
        timeZone={zone}
        onPivot={pivot}
        request={request}
        view={view}
        filters={validation.ok ? validation.apiFilters : null}
        results={results}
        go={go}
      />
    </>
  )
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`
