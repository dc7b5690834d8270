import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { callQueries } from '../api/call-queries'
import { WHOLE_RESULT_MAX, type CallsRequest } from '../api/calls-api'
import type { TallyProgress } from '../api/read-call-tally'
import type { CallTally } from '../model/call-tally'
import type { ApiFilters } from '../model/filter-validation'

/** Up to this many calls, the summary is read as soon as the count is known; above, on request. */
export const AUTO_SUMMARY_MAX = 5000

export type CallSummaryState =
  | { status: 'waiting' } // the exact count is not known yet
  | { status: 'offer'; total: number; cancelled: boolean } // too many to read unasked, or cancelled
  | { status: 'reading'; progress: TallyProgress }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; tally: CallTally; outdated: boolean }

export type CallSummary = {
  state: CallSummaryState
  compute: () => void
  cancel: () => void
}

/**
 * The summary of every call matching `filters`, wired to the cache: read automatically for a
 * result of at most AUTO_SUMMARY_MAX calls, on `compute()` above that. `total` is the exact count
 * the results already know (null while unknown): nothing is decided, or read, before it is in.
 */
export function useCallSummary(
  request: CallsRequest,
  filters: ApiFilters | null,
  total: number | null,
): CallSummary {
  const queryClient = useQueryClient()
  const searchKey = JSON.stringify(filters)
  // Both name the filter set they were made for, so a new search starts from its own defaults.
  const [asked, setAsked] = useState<string | null>(null)
  const [cancelled, setCancelled] = useState<string | null>(null)
  const [progress, setProgress] = useState<(TallyProgress & { searchKey: string }) | null>(null)

  const auto = total !== null && total <= AUTO_SUMMARY_MAX
  const wanted = asked === searchKey || (auto && cancelled !== searchKey)
  // A small result is loaded whole for the table (or its first page is the whole, put in the cache
  // just after this render): watch that entry, never fetch it here, and count it once it is in.
  const whole = useQuery({ ...callQueries.whole(request, filters ?? {}), enabled: false })
  const awaitingWhole = total !== null && total <= WHOLE_RESULT_MAX && whole.data?.complete !== true
  const options = callQueries.summary(request, filters ?? {}, (p) =>
    setProgress({ ...p, searchKey }),
  )
  const query = useQuery({
    ...options,
    enabled: filters !== null && total !== null && wanted && !awaitingWhole,
  })

  const compute = () => {
    setCancelled(null)
    setAsked(searchKey)
    setProgress(null)
    // "Try again" after a failure, or "Compute again" over a summary the count no longer matches.
    if (query.data || query.isError) void query.refetch()
  }
  // Cancelling drops the read: the query goes back to having no answer, so nothing partial stays.
  const cancel = () => {
    setAsked(null)
    setCancelled(searchKey)
    void queryClient.cancelQueries({ queryKey: options.queryKey })
  }

  const state = ((): CallSummaryState => {
    if (total !== null && query.fetchStatus !== 'idle') {
      const own = progress?.searchKey === searchKey ? progress : null
      return { status: 'reading', progress: { read: own?.read ?? 0, total: own?.total || total } }
    }
    if (query.data)
      return {
        status: 'ready',
        tally: query.data,
        outdated: total !== null && query.data.total !== total,
      }
    if (query.isError) return { status: 'failed', error: query.error }
    if (total === null) return { status: 'waiting' }
    return { status: 'offer', total, cancelled: cancelled === searchKey }
  })()
  return { state, compute, cancel }
}
