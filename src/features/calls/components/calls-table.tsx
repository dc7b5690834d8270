import { useTable } from '@tanstack/react-table'
import { memo, useMemo } from 'react'
import { DataTable, dataTableFeatures, type DataTableSort } from '../../../components/ui/data-table'
import type { WireCall } from '../../../contract/call-record-schema'
import { SORTABLE_COLUMNS, type CallSort } from '../model/calls-view-state'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { callColumns } from './call-columns'

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
  // Rebuilt only when the zone changes (rebuilt columns remount the rows, losing a row's focus); the
  // cells follow the clock by themselves.
  const columns = useMemo(() => callColumns(onViewDetails, timeZone), [onViewDetails, timeZone])
  const [columnVisibility] = useColumnVisibility()
  // Rows arrive already sorted (across the whole result, or within the page).
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (call) => call.callId,
    state: { columnVisibility },
  })
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
