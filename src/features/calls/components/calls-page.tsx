import { useCallback, useEffect, useMemo } from 'react'
import { useRuntimeConfig } from '../../../config/runtime-config-context'
import type { WireCall } from '../../../contract/call-record-schema'
import type { ApiCredentials } from '../../../lib/api-client'
import { isApiError } from '../../../lib/api-error'
import { useUrlSearch } from '../../../lib/url-search-params'
import { useSession } from '../../auth/session-context'
import { useCallResults } from '../hooks/use-call-results'
import {
  EMPTY_FILTERS,
  parseViewState,
  serializeViewState,
  type CallsViewState,
} from '../model/calls-view-state'
import { validateFilters } from '../model/filter-validation'
import { CallDetailDrawer } from './call-detail-drawer'
import { CallsFilterForm } from './calls-filter-form'
import { CallsPagination } from './calls-pagination'
import { CallsError, LoadingCalls, NoCalls } from './calls-results-states'
import { CallsTable } from './calls-table'
import { describeError } from './describe-error'
import { SortNote } from './sort-note'

export function CallsPage({ credentials }: { credentials: ApiCredentials }) {
  const { api } = useRuntimeConfig()
  const { expire, signOut } = useSession()
  const [search, navigate] = useUrlSearch()
  const view = useMemo(() => parseViewState(search), [search])
  const validation = useMemo(() => validateFilters(view.filters), [view.filters])
  const request = useMemo(() => ({ api, credentials }), [api, credentials])
  const results = useCallResults(request, view, validation.ok ? validation.apiFilters : null)

  // Searches, pages, sorts and page sizes push history (Back steps through them); the drawer replaces.
  // It reads the URL when called, not the render's `view`, so it (and the table's columns built on
  // it) stays stable: rebuilt columns would remount the rows and lose the focus on a row's button.
  const go = useCallback(
    (next: Partial<CallsViewState>, replace = false) =>
      navigate(serializeViewState({ ...parseViewState(window.location.search), ...next }), {
        replace,
      }),
    [navigate],
  )

  const unauthorized = isApiError(results.error) && results.error.status === 401
  useEffect(() => {
    if (unauthorized)
      expire(
        'Your access token was not accepted (it may have expired). Sign in again to come back to this view.',
      )
  }, [unauthorized, expire])

  // A page past the end (an old link, a smaller result) becomes the last page: judged on this
  // query's own answer, never on the previous result still on screen while it loads.
  const { hasData, pageCount, isShowingPrevious } = results
  useEffect(() => {
    if (hasData && !isShowingPrevious && pageCount !== null && view.page > pageCount)
      go({ page: pageCount }, true)
  }, [hasData, isShowingPrevious, pageCount, view.page, go])

  const openDetails = useCallback((call: WireCall) => go({ callId: call.callId }, true), [go])
  const closeDetails = useCallback(() => {
    const id = view.callId
    go({ callId: null }, true)
    // Focus goes back to the row the drawer was opened from.
    if (id)
      document.querySelector<HTMLButtonElement>(`button[data-call-id="${CSS.escape(id)}"]`)?.focus()
  }, [go, view.callId])
  const clearFilters = () => go({ filters: EMPTY_FILTERS, page: 1, callId: null })

  const filterKey = JSON.stringify(view.filters)
  const showEmpty = results.hasData && results.rows.length === 0 && !results.error
  return (
    <>
      <CallsFilterForm
        key={filterKey}
        initial={view.filters}
        onSearch={(filters) => go({ filters, page: 1, callId: null })}
        onClear={clearFilters}
      />
      <section className="results card" aria-labelledby="calls-title" id="results">
        <div className="results-header">
          <h2 id="calls-title">Calls</h2>
          <p className="busy" role="status">
            {results.isFetching && results.hasData ? 'Updating…' : ''}
          </p>
        </div>
        {results.error !== null && !unauthorized && (
          <CallsError
            message={describeError(results.error, credentials)}
            onRetry={results.refetch}
            onSignOut={signOut}
          />
        )}
        {!validation.ok && (
          <p className="notice notice-warning">Fix the highlighted filters to search.</p>
        )}
        {results.isFirstLoad ? (
          <LoadingCalls />
        ) : showEmpty ? (
          <NoCalls onClear={clearFilters} />
        ) : results.rows.length > 0 ? (
          <>
            <SortNote id="sort-note" scope={results.sortScope} total={results.total} />
            <div className="table-scroll">
              <CallsTable
                rows={results.rows}
                sort={view.sort}
                onSortChange={(sort) => go({ sort, page: 1 })}
                onViewDetails={openDetails}
                busy={results.isFetching}
                labelledBy="calls-title"
                describedBy="sort-note"
              />
            </div>
            <CallsPagination
              page={view.page}
              pageCount={results.pageCount}
              limit={view.limit}
              onPageChange={(page) => go({ page })}
              // Keep the first row in view: the page that holds it at the new size.
              onLimitChange={(limit) =>
                go({ limit, page: Math.floor(((view.page - 1) * view.limit) / limit) + 1 })
              }
            />
          </>
        ) : null}
      </section>
      <CallDetailDrawer
        callId={view.callId}
        call={view.callId ? results.loaded.find((c) => c.callId === view.callId) : undefined}
        loading={results.isFirstLoad || (results.isFetching && !results.hasData)}
        onClose={closeDetails}
      />
    </>
  )
}
