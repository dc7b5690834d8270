import { useCallback, useMemo } from 'react'
import { useUrlSearch } from '../../../lib/url-search-params'
import { parseViewState, serializeViewState, type CallsViewState } from '../model/calls-view-state'

/**
 * The view as the URL holds it, and `go` to change it. Searches, pages, sorts and page sizes push
 * history (Back steps through them); the drawer replaces. `go` reads the URL when called, not the
 * render's view, so it stays stable: the table's columns are built on it, and rebuilt columns would
 * remount the rows and lose the focus on a row's button.
 */
export function useCallsView() {
  const [search, navigate] = useUrlSearch()
  const view = useMemo(() => parseViewState(search), [search])
  const go = useCallback(
    (next: Partial<CallsViewState>, replace = false) =>
      navigate(serializeViewState({ ...parseViewState(window.location.search), ...next }), {
        replace,
      }),
    [navigate],
  )
  return { view, go }
}
