import { useDeferredValue, useState } from 'react'
import type { CallResults } from './use-call-results'

/**
 * The results to draw: the live ones, except that the page's very first rows are drawn by a
 * transition. While the page starts (its code evaluated, its first render, the config and the
 * session read) the first rows are the biggest render it makes, a table with its pager, cadence
 * and summary: as one task it blocked input for ~30 ms on a 2-core machine (~120 ms at Lighthouse's
 * 4x slowdown). As a transition React draws them in slices of a few ms with the browser let in
 * between, and commits them at once, one render after they arrive.
 *
 * Only the first: a later search, or Next, is what the user is waiting for at that moment, and is
 * drawn in the task that receives it (slicing cost a search ~15 ms in `npm run bench -- ui`).
 */
export function useFirstRowsInSlices(live: CallResults): CallResults {
  const [firstRowsDrawn, setFirstRowsDrawn] = useState(false)
  // The last results that were still loading, one render behind; null once there is nothing to
  // hold back (a value that stays null asks React for no second render).
  const loading = useDeferredValue(!firstRowsDrawn && live.shown.status === 'loading' ? live : null)
  const rows = live.shown.status === 'rows'
  // The urgent render that receives the rows draws the loading state once more (nothing changes on
  // screen); the deferred render, where `loading` is null, draws the rows, and from then on every
  // render is the live one (React's "adjust state while rendering").
  if (rows && loading !== null) return loading
  if (rows && !firstRowsDrawn) setFirstRowsDrawn(true)
  return live
}
