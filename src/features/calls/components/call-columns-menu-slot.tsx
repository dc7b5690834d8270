import { lazy } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import { usePaintedOnce } from '../../../lib/use-after-paint'

// The Columns menu is a chunk of its own (0.6 kB gzip), asked for once the first search has
// settled and its rows are drawn: the first rows neither carry it nor wait for it.
const CallColumnsMenu = lazy(() =>
  import('./call-columns-menu').then((module) => ({ default: module.CallColumnsMenu })),
)

/** Where the Columns menu goes in the results' header. */
export function CallColumnsMenuSlot({ settled }: { settled: boolean }) {
  const wanted = usePaintedOnce(settled)
  return (
    <LazySlot needed={wanted} what="The Columns menu" inline placeholder={<ColumnsMenuSpace />}>
      <CallColumnsMenu />
    </LazySlot>
  )
}

/** The menu's button as it will be, invisible and out of reach: it holds the header's layout. */
function ColumnsMenuSpace() {
  return (
    <div className="checkbox-menu reserved-space" aria-hidden="true">
      <span className="button button-small">
        Columns <span>▾</span>
      </span>
    </div>
  )
}
