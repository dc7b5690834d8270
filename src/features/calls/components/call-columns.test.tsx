import { describe, expect, it } from 'vitest'
import { DEFAULT_COLUMNS } from '../model/column-preference'
import { callColumns, shownColumns } from './call-columns'

const all = callColumns(() => {}, 'UTC')
const idOf = (column: object) =>
  'accessorKey' in column ? column.accessorKey : 'id' in column ? column.id : undefined

describe('shownColumns', () => {
  it('gives the shown columns in table order, and View details last, always', () => {
    const shown = shownColumns(all, { ...DEFAULT_COLUMNS, phoneNumber: false, callId: true })
    expect(shown.map(idOf)).toEqual([
      'callTimestamp',
      'callStatus',
      'borrowerId',
      'loanId',
      'callId',
      'details',
    ])
  })

  // A column's cell renderer is a component type to React: a new column object would rebuild its
  // cells in every row whenever another column is shown or hidden.
  it('keeps each column the same object whichever others are shown', () => {
    const before = shownColumns(all, DEFAULT_COLUMNS)
    const after = shownColumns(all, { ...DEFAULT_COLUMNS, phoneNumber: false, updatedBy: true })
    for (const column of after.filter((c) => idOf(c) !== 'updatedBy'))
      expect(before).toContain(column)
  })
})
