import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import type { WireCall } from '../../../contract/call-record-schema'
import { afterPaint } from '../../../lib/after-paint'
import { isApiError } from '../../../lib/api-error'
import { callQueries, isPageOfSearch } from '../api/call-queries'
import {
  isCompleteWhole,
  lastPageOffset,
  totalFromLastPage,
  WHOLE_RESULT_MAX,
  type CallsRequest,
  type WholeResult,
} from '../api/calls-api'
import type { CallsViewState } from '../model/calls-view-state'
import type { ApiFilters } from '../model/filter-validation'
import {
  pagePosition,
  shownResults,
  sliceWhole,
  type PageSnapshot,
  type ShownResults,
} from '../model/shown-results'
import { searchFailedJustNow } from '../model/search-asked'
import { sortCalls } from '../model/sort-calls'

export type CallResults = {
  shown: ShownResults
  /** The rows of the page after the one asked for, once they are at hand (prefetched, or in the
   * whole result): drawn ahead, hidden, so "Next page" only has to show them. */
  ahead: WireCall[] | null
  /** Every call the screen currently holds for these filters (the drawer looks calls up here). */
  loaded: WireCall[]
  /** The exact number of calls matching the filters; null until it is known. */
  total: number | null
  /** The total is on its way: the page or whole result it is counted from is being read (or waits
   * for the connection). */
  counting: boolean
  isFetching: boolean
  /** When the rows on screen were fetched (epoch ms), or null before any arrived. */
  updatedAt: number | null
  /** Offline: the query waits for the connection. */
  isPaused: boolean
  /** Why the last attempt failed, while the query is retrying it. */
  retryingAfter: unknown
  /** Why the asked-for page (or, with no rows to show, the search) failed. */
  error: unknown
  refetch: () => void
  cancel: () => void
}

const isRefused = (error: unknown) =>
  isApiError(error) && (error.status === 401 || error.status === 403)

export function useCallResults(
  request: CallsRequest,
  view: CallsViewState,
  filters: ApiFilters | null,
): CallResults {
  const queryClient = useQueryClient()
  const enabled = filters !== null
  const apiFilters = useMemo(() => filters ?? {}, [filters])
  const wholeOptions = callQueries.whole(request, apiFilters)
  // Read at render: this component also subscribes to the whole query below, so it re-renders the
  // moment the whole result lands, and the per-page requests stop.
  const haveWhole = queryClient.getQueryData(wholeOptions.queryKey)?.complete === true

  const pageOptions = callQueries.page(request, apiFilters, view.page, view.limit)
  const pageQuery = useQuery({
    ...pageOptions,
    // Another page of the same search stands in while this one loads; another search's rows never.
    placeholderData: (previous, previousQuery) =>
      previousQuery && isPageOfSearch(previousQuery.queryKey, request, apiFilters, view.limit)
        ? previous
        : undefined,
    // A search asks for its page before the view changes (CallsPage.search): when that request has
    // just failed, the view shows the failure rather than ask again at once, with a loading state
    // in between. Any other failed page (a prefetch, the count's) is asked again as the view comes
    // to it. Try again (refetch) asks whatever this says.
    enabled: (query) => enabled && !haveWhole && !searchFailedJustNow(query),
  })
  const lastOffset =
    pageQuery.data && !pageQuery.isPlaceholderData ? lastPageOffset(pageQuery.data) : null
  // links.last bounds the total: it is at most lastOffset + limit.
  const small = lastOffset !== null && lastOffset + view.limit <= WHOLE_RESULT_MAX
  // A first page with no next link already is the whole result: keep it as that, never ask again.
  const firstPage = pageQuery.data && !pageQuery.isPlaceholderData ? pageQuery.data : null
  const seed =
    firstPage?.paging.offset === 0 && isCompleteWhole(firstPage.data.length, firstPage)
      ? firstPage.data
      : null
  const wholeQuery = useQuery({
    ...wholeOptions,
    enabled: enabled && (small || haveWhole) && !seed,
  })
  const whole = wholeQuery.data?.complete ? wholeQuery.data.calls : seed
  const wholeKey = wholeOptions.queryKey
  useEffect(() => {
    if (seed && !haveWhole)
      queryClient.setQueryData<WholeResult>(wholeKey, { calls: seed, complete: true })
  }, [seed, haveWhole, queryClient, wholeKey])

  // Prefetch the next server page, so clicking Next is instant; not for a small result, whose whole
  // load (already on its way) makes every page instant anyway.
  const next = pageQuery.data?.paging.links.next
  const placeholder = pageQuery.isPlaceholderData
  useEffect(() => {
    if (!enabled || haveWhole || small || placeholder || !next) return
    // Asked once this page is painted and the page is idle: starting a request costs the click a
    // few ms it can spare after the frame, not before it. A page left before then asks for nothing.
    return afterPaint(
      () =>
        void queryClient.prefetchQuery(
          callQueries.page(request, apiFilters, view.page + 1, view.limit),
        ),
    )
  }, [
    enabled,
    haveWhole,
    small,
    placeholder,
    next,
    queryClient,
    request,
    apiFilters,
    view.page,
    view.limit,
  ])

  // Follows the prefetched next page (never fetches it itself), so its rows can be drawn ahead.
  // Only a server-paged result has one (a whole result is sliced below): otherwise it follows this
  // page's own query, rather than leave an empty cache entry for every page that is never asked.
  const followsNext = enabled && !haveWhole && !small && !placeholder
  const aheadQuery = useQuery({
    ...(followsNext
      ? callQueries.page(request, apiFilters, view.page + 1, view.limit)
      : pageOptions),
    enabled: false,
  })

  // The exact count of a large result: the page `links.last` names, asked once per search and
  // cached (under its own page key, so "Last page" is then instant). Total = its offset + its rows.
  // Any page of this search names its last page, the one on screen while the next loads too (a
  // placeholder is only ever another page of the same search), so the count never blinks to "…".
  const countOffset = pageQuery.data ? lastPageOffset(pageQuery.data) : null
  const countedWhole = countOffset !== null && countOffset + view.limit <= WHOLE_RESULT_MAX
  const wholeFailed = wholeQuery.isError || wholeQuery.data?.complete === false
  // A small result is counted whole; if that load fails, it is counted from its last page instead.
  const lastPageNumber =
    countOffset !== null && (!countedWhole || wholeFailed) && !haveWhole
      ? Math.floor(countOffset / view.limit) + 1
      : null
  const lastPageQuery = useQuery({
    ...callQueries.page(request, apiFilters, lastPageNumber ?? 1, view.limit),
    enabled: enabled && lastPageNumber !== null,
  })
  const countedTotal =
    lastPageNumber !== null && lastPageQuery.data ? totalFromLastPage(lastPageQuery.data) : null

  const sortedWhole = useMemo(
    () => (whole ? sortCalls(whole, view.sort) : null),
    [whole, view.sort],
  )
  const sortedPage = useMemo(
    () => (pageQuery.data ? sortCalls(pageQuery.data.data, view.sort) : null),
    [pageQuery.data, view.sort],
  )
  const pageData = pageQuery.data
  // Memoised: its identity says "a new page is on screen" to the kept-page state below.
  const current = useMemo<PageSnapshot | null>(() => {
    if (sortedWhole) return sliceWhole(sortedWhole, view.page, view.limit)
    if (!sortedPage || !pageData) return null
    const sortScope = !small ? 'page' : wholeFailed ? 'partial' : 'pending'
    return { rows: sortedPage, ...pagePosition(pageData), sortScope }
  }, [sortedWhole, sortedPage, pageData, view.page, view.limit, small, wholeFailed])
  const currentIsPrevious = !sortedWhole && pageQuery.isPlaceholderData
  const aheadData = followsNext ? aheadQuery.data : undefined
  const ahead = useMemo(() => {
    if (sortedWhole) {
      const after = sliceWhole(sortedWhole, view.page + 1, view.limit).rows
      return after.length > 0 ? after : null
    }
    return aheadData ? sortCalls(aheadData.data, view.sort) : null
  }, [sortedWhole, aheadData, view.page, view.limit, view.sort])

  // The last page shown for this search stays beside a failed page load (React's "adjust state
  // while rendering" pattern); a new search (another key) never inherits it.
  const searchKey = JSON.stringify([pageOptions.queryKey.slice(0, -1), apiFilters, view.limit])
  const [kept, setKept] = useState<{ searchKey: string; snapshot: PageSnapshot } | null>(null)
  if (current && !currentIsPrevious && (kept?.snapshot !== current || kept.searchKey !== searchKey))
    setKept({ searchKey, snapshot: current })

  // "Cancel" stops the asked-for page; it stays cancelled until "Try again" or another view.
  const pageKey = JSON.stringify(pageOptions.queryKey)
  const [cancelledKey, setCancelledKey] = useState<string | null>(null)
  const cancelled =
    cancelledKey === pageKey && pageQuery.fetchStatus === 'idle' && pageQuery.status === 'pending'

  const shown = shownResults({
    enabled,
    current,
    currentIsPrevious,
    kept: kept?.searchKey === searchKey ? kept.snapshot : null,
    requestedPage: view.page,
    failed: pageQuery.isError,
    cancelled,
  })

  // Try again, or the same search again: ask for whatever the rows on screen come from, the whole
  // result included (a refetch runs even where the query is disabled, as a seeded whole one is).
  const refetch = () => {
    setCancelledKey(null)
    void pageQuery.refetch()
    if (whole !== null || wholeFailed) void wholeQuery.refetch()
    // Fresh rows come with a fresh count, and what is computed from all of them is out of date:
    // the summary and the cadence are asked again where they are shown (a summary that waits to be
    // asked for, above its automatic size, stays as it is and says when the count moved on).
    if (lastPageNumber !== null && lastPageNumber !== view.page) void lastPageQuery.refetch()
    void queryClient.invalidateQueries({ queryKey: callQueries.summaries(request) })
    void queryClient.invalidateQueries({ queryKey: callQueries.cadences(request) })
  }
  const cancel = () => {
    setCancelledKey(pageKey)
    void queryClient.cancelQueries({ queryKey: pageOptions.queryKey })
  }

  const loadedRows = shown.status === 'rows' ? shown.snapshot.rows : []
  return {
    shown,
    ahead: enabled ? ahead : null,
    // Nothing is looked up for filters that are not being searched (an invalid link with call=).
    loaded: !enabled
      ? []
      : (whole ?? (pageQuery.isPlaceholderData ? null : pageQuery.data?.data) ?? loadedRows),
    total: whole?.length ?? countedTotal,
    counting:
      (whole?.length ?? countedTotal) === null &&
      (lastPageQuery.fetchStatus !== 'idle' || wholeQuery.fetchStatus !== 'idle'),
    isFetching: pageQuery.isFetching || wholeQuery.isFetching,
    updatedAt: (whole ? wholeQuery.dataUpdatedAt : pageQuery.dataUpdatedAt) || null,
    isPaused: pageQuery.isPaused,
    retryingAfter: pageQuery.isFetching ? pageQuery.failureReason : null,
    // The whole result's own failure only narrows the sort (see sortScope), except a refused token.
    error: pageQuery.error ?? (isRefused(wholeQuery.error) ? wholeQuery.error : null),
    refetch,
    cancel,
  }
}
