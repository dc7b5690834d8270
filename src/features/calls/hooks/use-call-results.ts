import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import type { WireCall } from '../../../contract/call-record-schema'
import { callQueries } from '../api/call-queries'
import { lastPageOffset, WHOLE_RESULT_MAX, type CallsRequest } from '../api/calls-api'
import type { CallsViewState } from '../model/calls-view-state'
import type { ApiFilters } from '../model/filter-validation'
import { sortCalls } from '../model/sort-calls'

/** Where a sort applies: the whole result, only this page, or this page until the whole arrives. */
export type SortScope = 'all' | 'page' | 'pending'

export type CallResults = {
  rows: WireCall[]
  /** Every call the screen currently holds (the drawer looks calls up here). */
  loaded: WireCall[]
  page: number
  pageCount: number | null
  /** Exact when the whole result is loaded. */
  total: number | null
  sortScope: SortScope
  isFirstLoad: boolean
  /** The rows are the previous query's, kept on screen while this one loads. */
  isShowingPrevious: boolean
  isFetching: boolean
  error: unknown
  hasData: boolean
  refetch: () => void
}

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
  const haveWhole = queryClient.getQueryData(wholeOptions.queryKey) !== undefined

  const pageQuery = useQuery({
    ...callQueries.page(request, apiFilters, view.page, view.limit),
    placeholderData: keepPreviousData,
    enabled: enabled && !haveWhole,
  })
  const lastOffset =
    pageQuery.data && !pageQuery.isPlaceholderData ? lastPageOffset(pageQuery.data) : null
  // links.last bounds the total: it is at most lastOffset + limit.
  const small = lastOffset !== null && lastOffset + view.limit <= WHOLE_RESULT_MAX
  const wholeQuery = useQuery({ ...wholeOptions, enabled: enabled && (small || haveWhole) })

  // Prefetch the next server page, so clicking Next is instant; not for a small result, whose whole
  // load (already on its way) makes every page instant anyway.
  const next = pageQuery.data?.paging.links.next
  const placeholder = pageQuery.isPlaceholderData
  useEffect(() => {
    if (!enabled || haveWhole || small || placeholder || !next) return
    void queryClient.prefetchQuery(callQueries.page(request, apiFilters, view.page + 1, view.limit))
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

  const sortedWhole = useMemo(
    () => (wholeQuery.data ? sortCalls(wholeQuery.data, view.sort) : null),
    [wholeQuery.data, view.sort],
  )
  const pageRows = useMemo(
    () => (pageQuery.data ? sortCalls(pageQuery.data.data, view.sort) : null),
    [pageQuery.data, view.sort],
  )

  let current: { rows: WireCall[]; pageCount: number | null; sortScope: SortScope } | null = null
  if (sortedWhole) {
    current = {
      rows: sortedWhole.slice((view.page - 1) * view.limit, view.page * view.limit),
      pageCount: Math.max(1, Math.ceil(sortedWhole.length / view.limit)),
      sortScope: 'all',
    }
  } else if (pageRows && pageQuery.data) {
    const offset = lastPageOffset(pageQuery.data)
    current = {
      rows: pageRows,
      pageCount: offset === null ? null : Math.floor(offset / pageQuery.data.paging.limit) + 1,
      sortScope: small ? 'pending' : 'page',
    }
  }

  // On an error the rows already on screen stay, beside the message: remember the last ones shown
  // (React's "adjust state while rendering" pattern, keyed on what was shown).
  const shownKey = current ? `${view.page}|${view.limit}` : null
  const shownSource = sortedWhole ?? pageRows
  const [kept, setKept] = useState<{
    source: unknown
    key: string | null
    rows: WireCall[]
    pageCount: number | null
  } | null>(null)
  if (current && (kept?.source !== shownSource || kept.key !== shownKey)) {
    setKept({
      source: shownSource,
      key: shownKey,
      rows: current.rows,
      pageCount: current.pageCount,
    })
  }
  const shown = current ?? {
    rows: kept?.rows ?? [],
    pageCount: kept?.pageCount ?? null,
    sortScope: 'page' as const,
  }
  const hasData = current !== null

  const error = wholeQuery.error ?? pageQuery.error
  return {
    rows: shown.rows,
    loaded: wholeQuery.data ?? pageQuery.data?.data ?? shown.rows,
    page: view.page,
    pageCount: shown.pageCount,
    total: wholeQuery.data?.length ?? null,
    sortScope: shown.sortScope,
    isFirstLoad: enabled && !hasData && !error && shown.rows.length === 0,
    isShowingPrevious: !sortedWhole && (pageQuery.isPlaceholderData || !hasData),
    isFetching: pageQuery.isFetching || wholeQuery.isFetching,
    error,
    hasData,
    refetch: () => {
      void (wholeQuery.error ? wholeQuery.refetch() : pageQuery.refetch())
    },
  }
}
