import { lazy } from 'react'
import { LazySlot } from '../../../../components/ui/lazy-slot'
import { exportScope } from '../model/export-scope'
import type { ExportCsvProps } from './export-csv'

// Export CSV is a chunk of its own (1.5 kB gzip), asked for once the first search's rows are drawn
// (CallsPage says when): the first rows neither carry it nor wait for it.
const ExportCsv = lazy(() =>
  import('./export-csv').then((module) => ({ default: module.ExportCsv })),
)

type ExportCsvSlotProps = ExportCsvProps & {
  /** Its code is wanted now (until then, its place is held). */
  needed: boolean
}

/** Where Export CSV goes on the calls page. */
export function ExportCsvSlot({ needed, ...props }: ExportCsvSlotProps) {
  return (
    <LazySlot
      needed={needed}
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
