// Which columns of the calls table are shown: remembered on this device as JSON, read back with
// care (another version of the dashboard, or a hand edit, may have written something else).

/** Every column a user can show or hide, in table order. "View details" is not one: it is each
 * row's way into the drawer, so it always stays. */
export const CALL_COLUMNS = [
  'callTimestamp',
  'callStatus',
  'phoneNumber',
  'borrowerId',
  'loanId',
  'callId',
  'createdDate',
  'createdBy',
  'updatedDate',
  'updatedBy',
] as const
export type CallColumn = (typeof CALL_COLUMNS)[number]
export type ColumnVisibility = Record<CallColumn, boolean>

export const COLUMN_LABELS: Record<CallColumn, string> = {
  callTimestamp: 'Call time',
  callStatus: 'Status',
  phoneNumber: 'Phone number',
  borrowerId: 'Borrower ID',
  loanId: 'Loan ID',
  callId: 'Call ID',
  createdDate: 'Created',
  createdBy: 'Created by',
  updatedDate: 'Updated',
  updatedBy: 'Updated by',
}

/** The table as it always was: the five key columns; the record's other fields on request. */
export const DEFAULT_COLUMNS: ColumnVisibility = {
  callTimestamp: true,
  callStatus: true,
  phoneNumber: true,
  borrowerId: true,
  loanId: true,
  callId: false,
  createdDate: false,
  createdBy: false,
  updatedDate: false,
  updatedBy: false,
}

const someVisible = (v: ColumnVisibility) => CALL_COLUMNS.some((c) => v[c])

/**
 * The stored text as a visibility for every column: a column it does not mention, or mentions with
 * anything but true/false, keeps its default; a choice that would show no column is the default.
 */
export function parseColumnPreference(text: string | null): ColumnVisibility {
  let stored: unknown = null
  try {
    // Nothing stored reads as a stored null: String(null) is "null".
    stored = JSON.parse(String(text))
  } catch {
    // Not JSON: read as nothing stored.
  }
  // Object() makes null an empty object, and gives an array, number, string or boolean no field
  // named like a column: all of them leave every column at its default.
  const record = Object(stored) as Record<string, unknown>
  const visibility = Object.fromEntries(
    CALL_COLUMNS.map((c) => {
      const value = Object.hasOwn(record, c) ? record[c] : undefined
      return [c, typeof value === 'boolean' ? value : DEFAULT_COLUMNS[c]]
    }),
  ) as ColumnVisibility
  return someVisible(visibility) ? visibility : DEFAULT_COLUMNS
}

export const serializeColumnPreference = (v: ColumnVisibility): string => JSON.stringify(v)

/** `column` shown or hidden; hiding the last shown column is refused (the table keeps one). */
export function withColumn(
  v: ColumnVisibility,
  column: CallColumn,
  shown: boolean,
): ColumnVisibility {
  const next = { ...v, [column]: shown }
  return someVisible(next) ? next : v
}

/** True when `column` is the only one shown, so its checkbox cannot turn it off. */
export const isLastShown = (v: ColumnVisibility, column: CallColumn): boolean =>
  v[column] && CALL_COLUMNS.filter((c) => v[c]).length === 1
