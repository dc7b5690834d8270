import { describe, expect, it } from 'vitest'
import {
  CALL_COLUMNS,
  columnsOnScreen,
  DEFAULT_COLUMNS,
  parseColumnPreference,
  serializeColumnPreference,
  type ColumnVisibility,
} from './column-preference'
import { isLastShown, withColumn } from './column-choice'

/** A screen with room for every column. */
const WIDE = [] as const

const only = (column: (typeof CALL_COLUMNS)[number]): ColumnVisibility =>
  Object.fromEntries(CALL_COLUMNS.map((c) => [c, c === column])) as ColumnVisibility

describe('the remembered columns', () => {
  it('are the five key columns when nothing is stored', () => {
    expect(parseColumnPreference(null)).toEqual(DEFAULT_COLUMNS)
    expect(CALL_COLUMNS.filter((c) => DEFAULT_COLUMNS[c])).toEqual([
      'callTimestamp',
      'callStatus',
      'phoneNumber',
      'borrowerId',
      'loanId',
    ])
  })

  it('round-trip through storage', () => {
    const chosen = withColumn(
      withColumn(DEFAULT_COLUMNS, 'callId', true, WIDE),
      'loanId',
      false,
      WIDE,
    )
    expect(parseColumnPreference(serializeColumnPreference(chosen))).toEqual(chosen)
  })

  it.each(['not json', '[]', '"callId"', '42', 'null', 'true'])(
    'read %j as the default',
    (text) => {
      expect(parseColumnPreference(text)).toEqual(DEFAULT_COLUMNS)
    },
  )

  it('keep the default of a column stored with anything but true/false, or not at all', () => {
    expect(
      parseColumnPreference('{"callId":"yes","createdBy":true,"loanId":0,"unknown":true}'),
    ).toEqual({ ...DEFAULT_COLUMNS, createdBy: true })
    expect(parseColumnPreference('{"__proto__":{"callId":true}}')).toEqual(DEFAULT_COLUMNS)
  })

  it('read a choice that shows no column as the default', () => {
    const none = Object.fromEntries(CALL_COLUMNS.map((c) => [c, false]))
    expect(parseColumnPreference(JSON.stringify(none))).toEqual(DEFAULT_COLUMNS)
    expect(parseColumnPreference(JSON.stringify(only('updatedBy')))).toEqual(only('updatedBy'))
  })
})

describe('showing and hiding', () => {
  it('shows and hides one column, leaving the others', () => {
    expect(withColumn(DEFAULT_COLUMNS, 'createdDate', true, WIDE)).toEqual({
      ...DEFAULT_COLUMNS,
      createdDate: true,
    })
    expect(withColumn(DEFAULT_COLUMNS, 'callStatus', false, WIDE)).toEqual({
      ...DEFAULT_COLUMNS,
      callStatus: false,
    })
  })

  it('never hides the last column shown, and says which one that is', () => {
    const last = only('borrowerId')
    expect(withColumn(last, 'borrowerId', false, WIDE)).toBe(last)
    expect(isLastShown(last, 'borrowerId', WIDE)).toBe(true)
    expect(isLastShown(last, 'loanId', WIDE)).toBe(false)
    expect(isLastShown(DEFAULT_COLUMNS, 'borrowerId', WIDE)).toBe(false)
  })
})

// On a phone the table leaves out Phone number and Loan ID, whatever was chosen: the at-least-one
// rule counts the columns on screen, or the table could be left with View details alone.
describe('a screen too narrow for some columns', () => {
  const phone = ['phoneNumber', 'loanId'] as const

  it('shows the chosen columns but those', () => {
    expect(columnsOnScreen(DEFAULT_COLUMNS, phone)).toEqual({
      ...DEFAULT_COLUMNS,
      phoneNumber: false,
      loanId: false,
    })
    expect(columnsOnScreen(DEFAULT_COLUMNS, [])).toEqual(DEFAULT_COLUMNS)
  })

  it('still shows them when nothing else was chosen', () => {
    const phoneOnly = only('phoneNumber')
    expect(columnsOnScreen(phoneOnly, phone)).toEqual(phoneOnly)
    expect(isLastShown(phoneOnly, 'phoneNumber', phone)).toBe(true)
    expect(withColumn(phoneOnly, 'phoneNumber', false, phone)).toBe(phoneOnly)
  })

  it('never hides the last column on screen, though others are chosen', () => {
    const borrowerAndLoan = { ...only('borrowerId'), loanId: true }
    expect(isLastShown(borrowerAndLoan, 'borrowerId', phone)).toBe(true)
    expect(withColumn(borrowerAndLoan, 'borrowerId', false, phone)).toBe(borrowerAndLoan)
    expect(isLastShown(borrowerAndLoan, 'loanId', phone)).toBe(false)
    // On a wide screen both are on screen: either may go.
    expect(isLastShown(borrowerAndLoan, 'borrowerId', WIDE)).toBe(false)
    expect(withColumn(borrowerAndLoan, 'borrowerId', false, WIDE)).toEqual(only('loanId'))
  })

  it('lets a column the screen leaves out be chosen or dropped (it shows on a wider one)', () => {
    expect(withColumn(DEFAULT_COLUMNS, 'loanId', false, phone)).toEqual({
      ...DEFAULT_COLUMNS,
      loanId: false,
    })
  })
})
