import { queryOptions, type QueryKey } from '@tanstack/react-query'
import type { WireCall } from '../../../contract/call-record-schema'
import { afterPaintDone } from '../../../lib/after-paint'
import type { ApiFilters } from '../model/filter-validation'
import { fetchCallsPage, fetchWholeResult, type CallsRequest } from './calls-api'
import type { TallyProgress } from './read-call-tally'

/** Whose calls a contact cadence counts: one loan, or one borrower (all their loans). */
export type CadenceSubject = { loanid: string } | { borrowerid: string }

/**
 * The one place call queries and their keys are made. Keys go general to specific:
 * calls → tenant/servicer (and API) → list kind → its inputs. The token is not in the key: it is
 * not an input of the answer, and the whole cache is cleared whenever the session ends.
 */
export const callQueries = {
  all: () => ['calls'] as const,
  scope: (r: CallsRequest) =>
    [
      ...callQueries.all(),
      r.api.baseUrl,
      r.credentials.tenantId,
      r.credentials.servicerId,
    ] as const,
  /** Every summary, or every cadence, of a scope: what a refresh makes out of date. */
  summaries: (r: CallsRequest) => [...callQueries.scope(r), 'summary'] as const,
  cadences: (r: CallsRequest) => [...callQueries.scope(r), 'cadence'] as const,
  page: (r: CallsRequest, filters: ApiFilters, page: number, limit: number) =>
    queryOptions({
      queryKey: [...callQueries.scope(r), 'page', { filters, page, limit }] as const,
      queryFn: ({ signal }) => fetchCallsPage(r, filters, (page - 1) * limit, limit, signal),
    }),
  whole: (r: CallsRequest, filters: ApiFilters) =>
    queryOptions({
      queryKey: [...callQueries.scope(r), 'whole', { filters }] as const,
      // Asked once the page it follows is painted: the query starts in the commit that draws the
      // first page's rows, and the request (~2 ms of the main thread) would delay their frame.
      queryFn: async ({ signal }) => {
        await afterPaintDone()
        return fetchWholeResult(r, filters, signal)
      },
    }),
  /** The summary's tally; `onProgress` only watches the read (it is no input of the answer). */
  summary: (r: CallsRequest, filters: ApiFilters, onProgress?: (progress: TallyProgress) => void) =>
    // onProgress is left out of the key on purpose: it watches the read; the answer is the same.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...callQueries.scope(r), 'summary', { filters }] as const,
      // The readers are fetched with the first summary or cadence: a first search needs neither.
      queryFn: async ({ signal, client }) => {
        const { readCallTally } = await import('./read-call-tally')
        return readCallTally(r, filters, {
          signal,
          cached: client.getQueryData(callQueries.whole(r, filters).queryKey),
          onProgress,
        })
      },
      // Read once per filter set (a large one is thousands of calls) and kept until it is dropped
      // from the cache; the section says when the count on screen no longer matches it.
      staleTime: Infinity,
    }),
  /**
   * Every call of `subject` from `since` (an instant) on, for the contact cadence: all of them,
   * whatever the page on screen shows. Asked again each minute while shown, since another agent
   * may have called meanwhile.
   */
  cadence: (r: CallsRequest, subject: CadenceSubject, since: string) =>
    queryOptions({
      queryKey: [...callQueries.scope(r), 'cadence', { subject, since }] as const,
      queryFn: async ({ signal }) => {
        const { readAllCalls } = await import('./read-all-calls')
        const calls: WireCall[] = []
        for await (const chunk of readAllCalls(r, { ...subject, startdate: since }, { signal }))
          calls.push(...chunk)
        return calls
      },
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
}

type PageKey = ReturnType<typeof callQueries.page>['queryKey']

/**
 * True when a page key belongs to the same search (scope, filters and page size) as `r`, `filters`
 * and `limit`: only then may its rows stand in while another page of that search loads. A page of
 * another size would make the pager count pages in the wrong unit.
 */
export function isPageOfSearch(
  key: QueryKey,
  r: CallsRequest,
  filters: ApiFilters,
  limit: number,
): boolean {
  const probe: PageKey = callQueries.page(r, filters, 0, limit).queryKey
  const last = key.at(-1) as PageKey[5] | undefined
  return (
    key.length === probe.length &&
    probe.slice(0, -1).every((part, i) => key[i] === part) &&
    last?.limit === limit &&
    JSON.stringify(last.filters) === JSON.stringify(filters)
  )
}
