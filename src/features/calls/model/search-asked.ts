import { hashKey, type QueryKey } from '@tanstack/react-query'

/** How long a failure counts as just now: a view arriving at it within this shows it as it is. */
export const FAILED_JUST_NOW_MS = 1000
/** The most searches remembered; past it the record starts afresh (one entry per search). */
export const MAX_SEARCHES_ASKED = 50

// The page queries a search asked for before its view changed (CallsPage.search), by query hash,
// and when. Module state, like the query cache it annotates: one per page.
const asked = new Map<string, number>()

/** A search is asking for the page of `queryKey` now, before its view changes. */
export function noteSearchAsked(queryKey: QueryKey, now = Date.now()): void {
  if (asked.size >= MAX_SEARCHES_ASKED) asked.clear()
  asked.set(hashKey(queryKey), now)
}

type QueryLike = { queryHash: string; state: { status: string; errorUpdatedAt: number } }

/**
 * The search's own request for this page failed, after the search asked and within the last
 * FAILED_JUST_NOW_MS: the view arriving at it shows that failure rather than ask again at once.
 * A failure of any other request (a prefetch, the count) is asked again as before.
 */
export function searchFailedJustNow(query: QueryLike, now = Date.now()): boolean {
  // Never asked by a search: no failure is after it.
  const at = asked.get(query.queryHash) ?? Infinity
  return (
    query.state.status === 'error' &&
    query.state.errorUpdatedAt >= at &&
    now - query.state.errorUpdatedAt < FAILED_JUST_NOW_MS
  )
}
