import { lazy } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import type { CallsSummaryProps } from './calls-summary'
import { SummaryWaiting } from './summary-waiting'

// The summary (and, from it, the chart) is a chunk of its own, asked for once a first result is
// counted: the first search neither loads nor waits for it.
const CallsSummary = lazy(() =>
  import('./calls-summary').then((module) => ({ default: module.CallsSummary })),
)

/** Where the summary goes on the calls page. */
export function CallsSummarySlot(props: CallsSummaryProps) {
  // Once shown, it stays while later searches are counted, so the results below do not jump; until
  // then its waiting state holds its place.
  return (
    <LazySlot
      needed={props.total !== null}
      what="The summary"
      label="Summary"
      placeholder={props.filters === null ? null : <SummaryWaiting />}
    >
      <CallsSummary {...props} />
    </LazySlot>
  )
}
