import type { WireCall } from '../../../../contract/call-record-schema'
import { formatIsoInZone } from '../../../../lib/dates'

/** The twelve fields, in the vendor's order and with its names (docs: GET /calltracking/calls). */
export const VENDOR_COLUMNS = [
  'callId',
  'tenantId',
  'servicerId',
  'loanId',
  'borrowerId',
  'phoneNumber',
  'callStatus',
  'callTimestamp',
  'createdDate',
  'updatedDate',
  'updatedBy',
  'createdBy',
] as const satisfies readonly (keyof WireCall)[]

const TIME_COLUMNS = new Set<string>(['callTimestamp', 'createdDate', 'updatedDate'])

/** The header row: the vendor's twelve, then the call time in the display zone, named in it. */
export const csvHeader = (zone: string): string[] => [...VENDOR_COLUMNS, `callTimestamp (${zone})`]

// Another Call Tracking API may send a user account as an object (the vendor's sample shows `{}`):
// it is written as its JSON, so nothing it holds is lost; an empty or missing one as an empty cell.
function accountCell(value: WireCall['createdBy']): string {
  if (typeof value === 'string') return value
  if (!value || Object.keys(value).length === 0) return ''
  return JSON.stringify(value)
}

/** One call as CSV cells (not yet quoted): times as UTC ISO 8601, whatever offset they came in. */
export function csvRow(call: WireCall, zone: string): string[] {
  const cells = VENDOR_COLUMNS.map((column) => {
    if (column === 'createdBy' || column === 'updatedBy') return accountCell(call[column])
    const value = call[column]
    return TIME_COLUMNS.has(column) ? new Date(value).toISOString() : value
  })
  return [...cells, formatIsoInZone(call.callTimestamp, zone)]
}
