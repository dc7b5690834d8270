import { describe, expect, it } from 'vitest'
import {
  CALL_COLUMNS,
  DEFAULT_COLUMNS,
  isLastShown,
  parseColumnPreference,
  serializeColumnPreference,
  withColumn,
  type ColumnVisibility,
} from './column-preference'

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
    const chosen = withColumn(withColumn(DEFAULT_COLUMNS, 'callId', true), 'loanId', false)
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
    expect(withColumn(DEFAULT_COLUMNS, 'createdDate', true)).toEqual({
      ...DEFAULT_COLUMNS,
      createdDate: true,
    })
    expect(withColumn(DEFAULT_COLUMNS, 'callStatus', false)).toEqual({
      ...DEFAULT_COLUMNS,
      callStatus: false,
    })
  })

  it('never hides the last column shown, and says which one that is', () => {
    const last = only('borrowerId')
    expect(withColumn(last, 'borrowerId', false)).toBe(last)
    expect(isLastShown(last, 'borrowerId')).toBe(true)
    expect(isLastShown(last, 'loanId')).toBe(false)
    expect(isLastShown(DEFAULT_COLUMNS, 'borrowerId')).toBe(false)
  })
})
