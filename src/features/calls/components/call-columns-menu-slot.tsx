import { lazy } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'

// The Columns menu is a chunk of its own (0.9 kB gzip), asked for once the first search's rows are
// drawn (CallsPage says when): the first rows neither carry it nor wait for it.
const CallColumnsMenu = lazy(() =>
  import('./call-columns-menu').then((module) => ({ default: module.CallColumnsMenu })),
)

/** Where the Columns menu goes in the results' header. */
export function CallColumnsMenuSlot({ needed }: { needed: boolean }) {
  return (
    <LazySlot needed={needed} what="The Columns menu" inline placeholder={<ColumnsMenuSpace />}>
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
