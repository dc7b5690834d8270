import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

/** At most this many automatic retries of a failed GET, then the user decides ("Try again"). */
export const MAX_RETRIES = 2
/** A server that asks us to wait longer than this is not waited for automatically. */
export const MAX_RETRY_AFTER_MS = 30_000
const BACKOFF_BASE_MS = 500
const BACKOFF_MAX_MS = 4_000

/**
 * Retry only what asking again can fix: a network blip, a 5xx, or a 429 whose `Retry-After` we can
 * honour. A 4xx, a timeout (the user has already waited), and an answer of the wrong form will not
 * change by themselves. Every call of this dashboard is a GET, so a retry never repeats a write.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false
  if (error.kind === 'network') return true
  if (error.kind !== 'http') return false
  // A server that asks for a long wait (a 429 or a 503 alike) is not waited for behind a spinner.
  if ((error.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) return false
  return error.status === 429 || error.status >= 500
}

/** The server's `Retry-After` when it sent one; otherwise exponential backoff: 0.5 s, 1 s, 2 s … */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined)
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)
  return Math.min(BACKOFF_BASE_MS * 2 ** failureCount, BACKOFF_MAX_MS)
}

/**
 * The most queries the cache keeps. A supervisor clicking through hundreds of pages would otherwise
 * hold each of them for gcTime (five minutes): the oldest ones no screen shows are dropped first.
 * 30 keeps Back instant over the last 25 or so pages (the other entries are the search's count,
 * whole result, summary and cadence). With 40, the heap after 200 Next page clicks was 1.44–1.51×
 * the heap after page 1 in `npm run bench` runs, against a budget of 1.5×.
 */
export const MAX_CACHED_QUERIES = 30

/**
 * Keeps `client`'s cache at `max` queries or fewer: whenever one is added, the least recently
 * updated answers that nothing observes are removed. Queries on screen (observed) and queries still
 * loading always stay, so the cache exceeds `max` only while more than `max` of those exist at once.
 */
export function boundQueryCache(client: QueryClient, max: number): () => void {
  const cache = client.getQueryCache()
  return cache.subscribe((event) => {
    if (event.type !== 'added') return
    const all = cache.getAll()
    // Stryker disable next-line EqualityOperator: at exactly max, slice(0, all.length - max) below removes nothing either
    if (all.length <= max) return
    // Only settled answers go: a query still loading (or just built during a render whose
    // observers have not subscribed yet) has no data to lose but is about to be used.
    const unobserved = all
      .filter(
        (query) =>
          query.getObserversCount() === 0 &&
          query.state.dataUpdatedAt > 0 &&
          query.state.fetchStatus === 'idle',
      )
      .sort((a, b) => a.state.dataUpdatedAt - b.state.dataUpdatedAt)
    for (const query of unobserved.slice(0, all.length - max)) cache.remove(query)
  })
}

export function createQueryClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Pages a user has left are dropped after five minutes, so paging through hundreds of pages
        // does not grow memory without bound.
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  })
  boundQueryCache(client, MAX_CACHED_QUERIES)
  return client
}
