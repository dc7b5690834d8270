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

/**
 * The columns a narrow screen leaves out, whatever the preference (the drawer shows every field):
 * Phone number below 48rem, Loan ID too below 30rem (200% zoom is a narrow screen).
 */
export const NARROW_SCREEN_COLUMNS: readonly { column: CallColumn; query: string }[] = [
  { column: 'phoneNumber', query: '(max-width: 48rem)' },
  { column: 'loanId', query: '(max-width: 30rem)' },
]

/**
 * The columns the table shows: the chosen ones but those the screen is too narrow for, unless
 * that would leave none (a choice of Phone number alone, made on a wide screen, still shows it).
 */
export function columnsOnScreen(
  v: ColumnVisibility,
  tooNarrowFor: readonly CallColumn[],
): ColumnVisibility {
  const next = { ...v }
  for (const c of tooNarrowFor) next[c] = false
  return someVisible(next) ? next : v
}
