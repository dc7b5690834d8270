import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { describeError } from '../components/describe-error'
import type { WireCall } from '../../../contract/call-record-schema'
import { callQueries } from '../api/call-queries'
import type { CallsRequest } from '../api/calls-api'
import { resultPosition, stepTarget, type StepDirection } from '../model/call-stepping'
import type { CallsViewState } from '../model/calls-view-state'
import type { ApiFilters } from '../model/filter-validation'
import { sliceWhole } from '../model/shown-results'
import { sortCalls } from '../model/sort-calls'
import type { CallResults } from './use-call-results'
import { formatCount } from '../../../lib/format-count'

export type CallStepping = {
  /** null at the first call of the result (or when the open call is not on the page shown). */
  previous: (() => void) | null
  next: (() => void) | null
  /** "Call 42 of 52": the open call's place in the result, when known. */
  position: string | null
  /** Why the last step to another page failed (the drawer stays on its call). */
  problem: string | null
}

/**
 * Previous/Next call in the drawer: the rows of the current result in the order shown, crossing
 * into the page before or after (which becomes the page on screen). The other page's rows come
 * from the whole result when it is loaded, else from its query (usually prefetched already), so
 * the URL names the call only once its row is there to show.
 */
export function useCallStepping(
  request: CallsRequest,
  view: CallsViewState,
  filters: ApiFilters | null,
  results: CallResults,
  go: (next: Partial<CallsViewState>, replace?: boolean) => void,
): CallStepping {
  const queryClient = useQueryClient()
  const stepping = useRef(false)
  const [problem, setProblem] = useState<string | null>(null)
  // The view as it is now, read when a page load ends: a step lands only on the view it began in.
  const current = useRef('')
  const viewKey = JSON.stringify([view.filters, view.sort, view.limit, view.page, view.callId])
  useEffect(() => {
    current.current = viewKey
  }, [viewKey])
  const { shown } = results
  const snapshot = shown.status === 'rows' && !shown.stale ? shown.snapshot : null
  if (!snapshot || !filters || !view.callId)
    return { previous: null, next: null, position: null, problem: null }

  const rowsOfPage = async (page: number): Promise<WireCall[]> => {
    // The rows on screen come from the whole result (sorted across all of it): slice the same way.
    // A known total alone is not enough: a large result's count comes from its last page.
    if (snapshot.sortScope === 'all')
      return sliceWhole(sortCalls(results.loaded, view.sort), page, view.limit).rows
    const data = await queryClient.fetchQuery(callQueries.page(request, filters, page, view.limit))
    return sortCalls(data.data, view.sort)
  }

  const step = (direction: StepDirection) => {
    const target = stepTarget(
      snapshot.rows,
      view.callId,
      snapshot.page,
      snapshot.pageCount,
      direction,
    )
    if (!target) return null
    return () => {
      setProblem(null)
      if (target.kind === 'row') return go({ callId: target.callId }, true)
      // One page move at a time: a second press while the page loads would skip a call.
      if (stepping.current) return
      stepping.current = true
      const startedIn = viewKey
      void rowsOfPage(target.page)
        .then((rows) => {
          // Closed, searched again or moved meanwhile: the step no longer applies.
          if (current.current !== startedIn) return
          const row = target.pick === 'first' ? rows[0] : rows.at(-1)
          if (row) go({ page: target.page, callId: row.callId }, true)
        })
        // The drawer stays on its call and says why; pressing again tries again.
        .catch((error: unknown) =>
          setProblem(
            `Page ${target.page} could not be loaded: ${describeError(error, request.credentials).title}`,
          ),
        )
        .finally(() => {
          stepping.current = false
        })
    }
  }

  const at = resultPosition(snapshot.rows, view.callId, snapshot.page, view.limit)
  return {
    previous: step('previous'),
    next: step('next'),
    problem,
    position:
      at === null
        ? null
        : `Call ${formatCount(at)}${results.total === null ? '' : ` of ${formatCount(results.total)}`}`,
  }
}
