import { lazy, memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import type { CallsSummaryProps } from './calls-summary'
import { SummaryWaiting } from './summary-waiting'

// The summary (and, from it, the chart) is a chunk of its own, asked for once a first result is
// counted: the first search neither loads nor waits for it.
// The tally's reader comes with it (the summary's query imports it on first use).
const CallsSummary = lazy(() =>
  Promise.all([import('./calls-summary'), import('../api/read-call-tally')]).then(([module]) => ({
    default: memo(module.CallsSummary),
  })),
)

type CallsSummarySlotProps = CallsSummaryProps & {
  /** The number of matching calls is on its way (with the first page, or just after it). */
  countComing: boolean
}

/** Where the summary goes on the calls page. */
export function CallsSummarySlot({ countComing, ...now }: CallsSummarySlotProps) {
  // Drawn after the rows, in the background: for a small result the count comes with the rows,
  // and the figures and chart (counted over every call) would otherwise share their render.
  const { request, filters, total, search, zone } = now
  const props = useDeferredValue(
    useMemo(
      () => ({ request, filters, total, search, zone }),
      [request, filters, total, search, zone],
    ),
  )
  // Once shown, it stays while later searches are counted, so the page does not shrink under the
  // reader's scroll position. Until then its waiting state holds its place while the count is on
  // its way (the first page, then the last page or the whole result it is counted from), and only
  // then: after a failed or cancelled search it would promise a summary that is not coming.
  const coming = filters !== null && (countComing || total !== null)
  // Its code is asked for in a task after the commit that drew a counted result: the page's first
  // rows are drawn by a transition, in slices (useFirstRowsInSlices), and a chunk asked for inside
  // it would go out before the rows and be part of what the first search waits for.
  const [counted, setCounted] = useState(false)
  const isCounted = props.total !== null
  useEffect(() => {
    if (!isCounted) return
    // A transition too: the summary and its chart are drawn in slices.
    const task = setTimeout(() => startTransition(() => setCounted(true)))
    return () => clearTimeout(task)
  }, [isCounted])
  return (
    <LazySlot
      needed={counted}
      what="The summary"
      label="Summary"
      placeholder={coming ? <SummaryWaiting /> : null}
    >
      <CallsSummary {...props} />
    </LazySlot>
  )
}
