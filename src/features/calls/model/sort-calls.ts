import type { WireCall } from '../../../contract/call-record-schema'
import type { CallSort, SortColumn } from './calls-view-state'

const time = (iso: string) => Date.parse(iso)
const text = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

const compareBy: Record<SortColumn, (a: WireCall, b: WireCall) => number> = {
  callTimestamp: (a, b) => time(a.callTimestamp) - time(b.callTimestamp),
  callStatus: (a, b) => text.compare(a.callStatus, b.callStatus),
  phoneNumber: (a, b) => text.compare(a.phoneNumber, b.phoneNumber),
  borrowerId: (a, b) => text.compare(a.borrowerId, b.borrowerId),
  loanId: (a, b) => text.compare(a.loanId, b.loanId),
}

/** The API's own order: newest first, then callId. Breaks every tie, so a sort is stable and total. */
const apiOrder = (a: WireCall, b: WireCall) =>
  time(b.callTimestamp) - time(a.callTimestamp) ||
  // Stryker disable next-line EqualityOperator: callIds are unique, so "<" and "<=" never differ here
  (a.callId < b.callId ? -1 : 1)

export function sortCalls(calls: readonly WireCall[], sort: CallSort): WireCall[] {
  const compare = compareBy[sort.column]
  const direction = sort.desc ? -1 : 1
  return [...calls].sort((a, b) => direction * compare(a, b) || apiOrder(a, b))
}
