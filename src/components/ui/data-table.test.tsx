import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createColumnHelper, useTable } from '@tanstack/react-table'
import { describe, expect, it } from 'vitest'
import { DataTable, dataTableFeatures, type DataTableFeatures } from './data-table'

type Item = { id: string }
const col = createColumnHelper<DataTableFeatures, Item>()
const columns = col.columns([
  col.accessor('id', {
    header: 'Item',
    cell: (info) => <button type="button">Open {info.getValue()}</button>,
  }),
])

function Table({ items }: { items: Item[] }) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: items,
    getRowId: (item) => item.id,
    manualSorting: true,
    state: { sorting: [], columnVisibility: {} },
  })
  return (
    <>
      <h2 id="items-title" tabIndex={-1}>
        Items
      </h2>
      <DataTable table={table} labelledBy="items-title" />
    </>
  )
}

const items = (...ids: string[]) => ids.map((id) => ({ id }))

// Rows are keyed by position, so a focused button would stay put while another row moves into
// its place: the table moves the focus with the row instead.
describe('DataTable keeps the focus with its row when the rows change', () => {
  it('follows the focused row to its new place', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<Table items={items('a', 'b', 'c')} />)
    await user.click(screen.getByRole('button', { name: 'Open b' }))
    rerender(<Table items={items('c', 'a', 'b')} />)
    expect(screen.getByRole('button', { name: 'Open b' })).toHaveFocus()
  })

  it('goes to the table heading when the focused row has left, never to another row', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<Table items={items('a', 'b', 'c')} />)
    await user.click(screen.getByRole('button', { name: 'Open b' }))
    rerender(<Table items={items('a', 'd', 'c')} />)
    expect(screen.getByRole('heading', { name: 'Items' })).toHaveFocus()
  })

  it('leaves the focus alone when its row stays in place', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<Table items={items('a', 'b')} />)
    await user.click(screen.getByRole('button', { name: 'Open b' }))
    rerender(<Table items={items('z', 'b')} />)
    expect(screen.getByRole('button', { name: 'Open b' })).toHaveFocus()
    rerender(<Table items={items('b', 'z')} />) // and still follows it after that
    expect(screen.getByRole('button', { name: 'Open b' })).toHaveFocus()
  })
})
