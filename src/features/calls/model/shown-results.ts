import type { WireCall, WireCallsPage } from '../../../contract/call-record-schema'
import { lastPageOffset } from '../api/calls-api'

/**
 * Where a sort applies: the whole result; only this page (the result is large); this page until
 * the whole arrives; or this page because the whole result could not be loaded.
 */
export type SortScope = 'all' | 'page' | 'pending' | 'partial'

/** One page of rows, and which page of which page count it is. */
export type PageSnapshot = {
  rows: WireCall[]
  page: number
  pageCount: number | null
  sortScope: SortScope
}

/**
 * What the results area shows. The rule it keeps: the rows always answer the filters on screen,
 * and `page` always names the page those rows are.
 */
export type ShownResults =
  | { status: 'idle' | 'loading' | 'error' | 'cancelled' }
  | {
      status: 'rows'
      snapshot: PageSnapshot
      /** An earlier page of this same search, shown (dimmed) while the asked-for page loads. */
      stale: boolean
      /** The asked-for page that failed or was cancelled; the rows are another page of the search. */
      pageProblem: { page: number; kind: 'error' | 'cancelled' } | null
    }

/** The page an API page is, and how many there are, read from its own paging block. */
export function pagePosition(data: WireCallsPage): { page: number; pageCount: number | null } {
  const { offset, limit } = data.paging
  const last = lastPageOffset(data)
  return {
    page: Math.floor(offset / limit) + 1,
    pageCount: last === null ? null : Math.floor(last / limit) + 1,
  }
}

/** One page of a whole (already sorted) result. */
export function sliceWhole(sorted: readonly WireCall[], page: number, limit: number): PageSnapshot {
  return {
    rows: sorted.slice((page - 1) * limit, page * limit),
    page,
    pageCount: Math.max(1, Math.ceil(sorted.length / limit)),
    sortScope: 'all',
  }
}

type ShownInput = {
  /** False while the filters on screen are invalid: nothing is asked. */
  enabled: boolean
  /** The asked-for page, from the whole result or the API; null while there is none. */
  current: PageSnapshot | null
  /** `current` is an earlier page of this search, kept on screen while the asked-for one loads. */
  currentIsPrevious: boolean
  /** The last page shown for this same search (never another search's). */
  kept: PageSnapshot | null
  requestedPage: number
  failed: boolean
  cancelled: boolean
}

export function shownResults(input: ShownInput): ShownResults {
  const { enabled, current, currentIsPrevious, kept, requestedPage, failed, cancelled } = input
  if (!enabled) return { status: 'idle' }
  const problem: 'error' | 'cancelled' | null = failed ? 'error' : cancelled ? 'cancelled' : null
  if (current) {
    const stale = currentIsPrevious && problem === null
    const pageProblem = currentIsPrevious && problem ? { page: requestedPage, kind: problem } : null
    return { status: 'rows', snapshot: current, stale, pageProblem }
  }
  if (problem && kept)
    return {
      status: 'rows',
      snapshot: kept,
      stale: false,
      pageProblem: { page: requestedPage, kind: problem },
    }
  return { status: problem ?? 'loading' }
}
