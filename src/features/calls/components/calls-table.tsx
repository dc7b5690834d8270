import { memo, useMemo } from 'react'
import { DataTable, useDataTable, type DataTableSort } from '../../../components/ui/data-table'
import type { WireCall } from '../../../contract/call-record-schema'
import { SORTABLE_COLUMNS, type CallSort } from '../model/calls-view-state'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { callColumns, shownColumns } from './call-columns'

type CallsTableProps = {
  rows: WireCall[]
  sort: CallSort
  onSortChange: (sort: CallSort) => void
  onViewDetails: (call: WireCall) => void
  busy: boolean
  /** The rows are an earlier page, shown while the asked-for one loads: dimmed, and not opened. */
  stale: boolean
  labelledBy: string
  describedBy: string
  /** The IANA zone times are shown in. */
  timeZone: string
}

const callId = (call: WireCall) => call.callId

// Memoised: the page around it re-renders on every change of its state (a fetch starting, the
// count arriving); the rows re-render only when what they show changes.
export const CallsTable = memo(function CallsTable({
  rows,
  sort,
  onSortChange,
  onViewDetails,
  busy,
  stale,
  labelledBy,
  describedBy,
  timeZone,
}: CallsTableProps) {
  // Rebuilt only when the zone changes (a rebuilt column remounts its cells, losing a focused
  // button); the cells follow the clock by themselves.
  const all = useMemo(() => callColumns(onViewDetails, timeZone), [onViewDetails, timeZone])
  const { onScreen } = useColumnVisibility()
  const columns = useMemo(() => shownColumns(all, onScreen), [all, onScreen])
  // Rows arrive already sorted (across the whole result, or within the page).
  const table = useDataTable(columns, rows, callId)
  const changeSort = ({ column: id, desc }: DataTableSort) => {
    const column = SORTABLE_COLUMNS.find((c) => c === id)
    if (column) onSortChange({ column, desc })
  }

  return (
    <DataTable
      table={table}
      labelledBy={labelledBy}
      describedBy={describedBy}
      busy={busy}
      sort={sort}
      onSortChange={changeSort}
      stale={stale}
      onRowClick={(row) => onViewDetails(row.original)}
    />
  )
})
