import { useCallback, useMemo } from 'react'
import { currentSearch, useUrlSearch } from '../../../lib/url-search-params'
import {
  parseViewState,
  refusedTimeZone,
  serializeViewState,
  type CallsViewState,
  type FilterDraft,
} from '../model/calls-view-state'
import { normalizeLinkParameters } from '../model/link-parameters'

/**
 * The view as the URL holds it, and `go` to change it. Searches, pages, sorts and page sizes push
 * history (Back steps through them); the drawer replaces. `go` reads the URL when called, not the
 * render's view, so it stays stable: the table's columns are built on it, and rebuilt columns would
 * remount the rows and lose the focus on a row's button.
 */
export function useCallsView() {
  const [search, navigate] = useUrlSearch()
  const link = useMemo(() => normalizeLinkParameters(search), [search])
  const parsed = useMemo(() => parseViewState(link.search), [link.search])
  // The same filters stay the same object from one view to the next (another page, order or call
  // open): what is memoised on them, the summary and the cadence among them, is not drawn again on
  // every Next page click.
  const filtersKey = JSON.stringify(parsed.filters)
  const filters = useMemo(() => JSON.parse(filtersKey) as FilterDraft, [filtersKey])
  // The sort too: the page's rows are re-sorted on it, and both tables of the results (the page
  // shown and the next one drawn ahead) are memoised on it.
  const sortKey = JSON.stringify(parsed.sort)
  const sort = useMemo(() => JSON.parse(sortKey) as CallsViewState['sort'], [sortKey])
  const view = useMemo(() => ({ ...parsed, filters, sort }), [parsed, filters, sort])
  const go = useCallback(
    (next: Partial<CallsViewState>, replace = false) =>
      navigate(
        serializeViewState({
          ...parseViewState(normalizeLinkParameters(currentSearch()).search),
          ...next,
        }),
        {
          replace,
        },
      ),
    [navigate],
  )
  /** Parameters of the link that the dashboard does not know: said on screen, never applied. */
  return {
    view,
    go,
    unknownParameters: link.unknown,
    /** The link's `tz` when it names no zone: said on screen, the viewer's zone applies. */
    refusedTimeZone: refusedTimeZone(link.search),
  }
}
