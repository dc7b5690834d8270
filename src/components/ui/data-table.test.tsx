import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createColumnHelper } from '@tanstack/react-table'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { DataTable, useDataTable, type DataTableFeatures, type DataTableSort } from './data-table'

type Item = { id: string }
const col = createColumnHelper<DataTableFeatures, Item>()
const columns = col.columns([
  col.accessor('id', {
    header: 'Item',
    cell: (info) => <button type="button">Open {info.getValue()}</button>,
  }),
])

function Table({ items }: { items: Item[] }) {
  const table = useDataTable(columns, items, itemId)
  return (
    <>
      <h2 id="items-title" tabIndex={-1}>
        Items
      </h2>
      <DataTable table={table} labelledBy="items-title" />
    </>
  )
}

const itemId = (item: Item) => item.id
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

type Person = { name: string; age: number; note: string }
const people = createColumnHelper<DataTableFeatures, Person>()
const personColumns = people.columns([
  people.accessor('name', { header: 'Name', meta: { sortFirst: 'asc' } }),
  people.accessor('age', { header: 'Age', meta: { sortFirst: 'desc' } }),
  people.accessor('note', { header: 'Note' }),
])

const ANN = [{ name: 'Ann', age: 40, note: '' }]

function SortedTable({ initial }: { initial: DataTableSort }) {
  const [sort, setSort] = useState(initial)
  const table = useDataTable(personColumns, ANN)
  return (
    <>
      <h2 id="people-title">People</h2>
      <DataTable table={table} labelledBy="people-title" sort={sort} onSortChange={setSort} />
      <output>{`${sort.column} ${sort.desc ? 'desc' : 'asc'}`}</output>
    </>
  )
}

describe('DataTable sorting headers', () => {
  const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) })

  it('marks the sorted column, and every other sortable one as not sorted', () => {
    render(<SortedTable initial={{ column: 'age', desc: true }} />)
    expect(header('Age')).toHaveAttribute('aria-sort', 'descending')
    expect(header('Name')).toHaveAttribute('aria-sort', 'none')
    expect(header('Note')).not.toHaveAttribute('aria-sort')
  })

  it('sorts another column its own first way, then the other way on each click', async () => {
    const user = userEvent.setup()
    render(<SortedTable initial={{ column: 'name', desc: false }} />)
    await user.click(screen.getByRole('button', { name: /Age/ }))
    expect(screen.getByRole('status')).toHaveTextContent('age desc')
    expect(header('Age')).toHaveAttribute('aria-sort', 'descending')
    await user.click(screen.getByRole('button', { name: /Age/ }))
    expect(screen.getByRole('status')).toHaveTextContent('age asc')
    await user.click(screen.getByRole('button', { name: /Name/ }))
    expect(screen.getByRole('status')).toHaveTextContent('name asc')
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending')
    await user.click(screen.getByRole('button', { name: /Name/ }))
    expect(screen.getByRole('status')).toHaveTextContent('name desc')
  })

  it('gives a column without a first way no sort button', () => {
    render(<SortedTable initial={{ column: 'name', desc: false }} />)
    expect(screen.queryByRole('button', { name: /Note/ })).toBeNull()
  })
})

function PeopleTable({ people }: { people: Person[] }) {
  const table = useDataTable(personColumns, people)
  return (
    <>
      <h2 id="people-title">People</h2>
      <DataTable table={table} labelledBy="people-title" />
    </>
  )
}

// Rows keyed by position: another page updates the cells' text, it does not build new cells. A
// column with no cell of its own included (its renderer must be one function for every table).
describe('DataTable updates cells in place', () => {
  it('keeps the text of a cell when the rows change', () => {
    const { rerender } = render(<PeopleTable people={[{ name: 'Ann', age: 40, note: '' }]} />)
    const cell = screen.getByRole('cell', { name: 'Ann' })
    const text = cell.firstChild
    rerender(<PeopleTable people={[{ name: 'Bob', age: 41, note: '' }]} />)
    expect(screen.getByRole('cell', { name: 'Bob' })).toBe(cell)
    expect(cell.firstChild).toBe(text)
  })
})
