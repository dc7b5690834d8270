import { flexRender } from '@tanstack/react-table'
import {
  constructTable,
  tableFeatures,
  type Row,
  type RowData,
  type Table,
  type TableOptions,
} from '@tanstack/table-core'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { plainTableReactivity } from './plain-table-reactivity'

/** What a column says about itself to the table. */
export type DataTableColumnMeta = {
  /** The column can be sorted by; a first click on its header sorts it this way. */
  sortFirst?: 'asc' | 'desc'
}

/** The one column the rows are sorted by. */
export type DataTableSort = { column: string; desc: boolean }

/**
 * The columns come from outside already chosen (a remembered preference: the caller leaves the
 * hidden ones out), and so does the order: the rows arrive sorted (by the API, or across a whole
 * result), so the table only shows the order and reports header clicks. TanStack's row-sorting and
 * column-visibility features are left out: with the sort and the choice of columns made outside,
 * all they did here was keep them (about 2 kB gzip of the first load between them).
 */
const columnMeta: DataTableColumnMeta = {} // its type is what counts: `meta` on a column def
export const dataTableFeatures = tableFeatures({
  columnMeta,
  // Not useTable's subscription to a store, nor table-core's own store bindings: this table keeps
  // no state of its own, so there is nothing to follow (see plainTableReactivity).
  coreReactivityFeature: plainTableReactivity(),
})
export type DataTableFeatures = typeof dataTableFeatures

/**
 * The table for DataTable: TanStack Table's core over `data` with `columns`, built again when
 * either changes. That is only right while the table keeps no state of its own: a stateful feature
 * added to dataTableFeatures (selection, expanding) would be reset with every new page.
 *
 * Keep `columns` and `getRowId` the same objects from one render to the next (module-level, or
 * memoised): a new `getRowId` rebuilds the table on every render, and a column's `cell` is a
 * component type to React, so a new one rebuilds that column's cells. A column without a `cell`
 * gets `plainCell`, one function for every table (table-core's own default is made per table).
 */
export function useDataTable<TData extends RowData>(
  columns: TableOptions<DataTableFeatures, TData>['columns'],
  data: TData[],
  getRowId?: (row: TData) => string,
): Table<DataTableFeatures, TData> {
  return useMemo(
    () =>
      constructTable({
        features: dataTableFeatures,
        columns,
        data,
        getRowId,
        defaultColumn: { cell: plainCell },
      }),
    [columns, data, getRowId],
  )
}

/** A cell that shows its value as text (as table-core's default does, in one function); an
 * object has no text of its own, so it shows nothing rather than "[object Object]". */
function plainCell({ renderValue }: { renderValue: () => unknown }) {
  const value = renderValue()
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : null
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

type DataTableProps<TData extends RowData> = {
  table: Table<DataTableFeatures, TData>
  labelledBy: string
  describedBy?: string
  busy?: boolean
  /** The order the rows are in; its column's header says so. */
  sort?: DataTableSort
  /** A sortable column's header was clicked: the order it asks for. */
  onSortChange?: (sort: DataTableSort) => void
  /** The rows are out of date (another page loads): dimmed, and out of reach of clicks and focus. */
  stale?: boolean
  /** A mouse convenience: clicking anywhere on a row. Each row must also hold a real button. */
  onRowClick?: (row: Row<DataTableFeatures, TData>) => void
}

export function DataTable<TData extends RowData>({
  table,
  labelledBy,
  describedBy,
  busy,
  sort,
  onSortChange,
  stale = false,
  onRowClick,
}: DataTableProps<TData>) {
  const body = useRef<HTMLTableSectionElement>(null)
  const focusedRow = useRef<string | null>(null)
  // Rows are keyed by position (below), so the element that has the focus stays where it is when
  // the rows change under it (a whole result arriving re-sorts the page; a reconnect refetches).
  // The focus follows the row it was on, or goes to the table's heading if that row has left:
  // never onto another call's button, never to the page body.
  useEffect(() => {
    const rows = body.current
    // A listener, not an onFocus prop: the body is not itself a control, it only notes where the
    // focus is among its rows.
    const note = (event: FocusEvent) => {
      focusedRow.current = (event.target as Element | null)?.closest('tr')?.dataset.rowId ?? null
    }
    rows?.addEventListener('focusin', note)
    return () => rows?.removeEventListener('focusin', note)
  }, [])
  useLayoutEffect(() => {
    const active = document.activeElement
    if (focusedRow.current === null || !active || !body.current?.contains(active)) return
    if (active.closest('tr')?.dataset.rowId === focusedRow.current) return
    const same = [...body.current.rows].find((tr) => tr.dataset.rowId === focusedRow.current)
    const target = same?.querySelector<HTMLElement>('button, a[href], input, select')
    focusedRow.current = null
    if (target) target.focus()
    else document.getElementById(labelledBy)?.focus()
  })
  return (
    <table
      className="data-table"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
    >
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = header.column
              const first = column.columnDef.meta?.sortFirst
              const sorted = sort?.column === column.id ? (sort.desc ? 'desc' : 'asc') : false
              if (!first || !onSortChange) {
                return (
                  <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                )
              }
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.column.id}`}
                  aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    // Sorted by this column: the other way; otherwise its first way.
                    onClick={() =>
                      onSortChange({
                        column: column.id,
                        desc: sorted ? sorted === 'asc' : first === 'desc',
                      })
                    }
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span className="sort-icon" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody ref={body} className={stale ? 'stale' : undefined} inert={stale}>
        {table.getRowModel().rows.map((row, position) => (
          // The row click repeats the row's own "View details" button for mouse users; keyboard and
          // screen-reader users have that button, so the row itself is not made focusable.
          // Keyed by position, cells by column: another page or order updates the rows in place
          // instead of building new ones, a third of the work of a Next page click. The focus is
          // kept on its row by the layout effect above.
          <tr
            key={position}
            data-row-id={row.id}
            className={onRowClick ? 'clickable-row' : undefined}
            onClick={
              onRowClick &&
              ((event) => {
                if ((event.target as HTMLElement).closest('button, a, input, select')) return
                // As if the row's own button were pressed: it takes focus, so whatever opens (a
                // drawer) returns focus there, and the keyboard carries on from the row.
                event.currentTarget.querySelector('button')?.focus()
                onRowClick(row)
              })
            }
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.column.id} className={`col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
