import { lazy } from 'react'
import { LazySlot } from '../../../../components/ui/lazy-slot'
import { usePaintedOnce } from '../../../../lib/use-after-paint'
import { exportScope } from '../model/export-scope'
import type { ExportCsvProps } from './export-csv'

// Export CSV is a chunk of its own (1.3 kB gzip), asked for once the first search has settled and
// its rows are drawn: the first rows neither carry it nor wait for it.
const ExportCsv = lazy(() =>
  import('./export-csv').then((module) => ({ default: module.ExportCsv })),
)

type ExportCsvSlotProps = ExportCsvProps & {
  /** The first search has its answer on screen (rows, nothing found, or an error). */
  settled: boolean
}

/** Where Export CSV goes on the calls page. */
export function ExportCsvSlot({ settled, ...props }: ExportCsvSlotProps) {
  const wanted = usePaintedOnce(settled)
  return (
    <LazySlot
      needed={wanted}
      what="Export CSV"
      inline
      // Until its code is here, the space it will take: the table below must not move when the
      // button arrives. Nothing when there is nothing to export (as the button itself does).
      placeholder={props.total === 0 ? null : <ExportCsvSpace total={props.total} />}
    >
      <ExportCsv {...props} />
    </LazySlot>
  )
}

/** The button's row as it will be, invisible and out of reach: it only holds the space. */
function ExportCsvSpace({ total }: { total: number | null }) {
  return (
    <div className="export-csv reserved-space" aria-hidden="true">
      <div className="export-csv-row">
        <span className="button button-small">Export CSV</span>
        <span className="muted">{exportScope(total)}</span>
      </div>
    </div>
  )
}
