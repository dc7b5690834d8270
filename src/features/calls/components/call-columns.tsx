import { createColumnHelper } from '@tanstack/react-table'
import type { SortableFeatures } from '../../../components/ui/data-table'
import type { WireCall } from '../../../contract/call-record-schema'
import { formatLocalDateTimeShort, formatRelative } from '../../../lib/dates'
import { formatPhoneNumber } from '../../../contract/call-filters'
import { CallStatusBadge } from './call-status-badge'

const col = createColumnHelper<SortableFeatures, WireCall>()

export function callColumns(onViewDetails: (call: WireCall) => void, now: Date) {
  return col.columns([
    col.accessor('callTimestamp', {
      header: 'Call time',
      sortDescFirst: true,
      cell: (info) => (
        <span className="call-time">
          <time dateTime={info.getValue()}>{formatLocalDateTimeShort(info.getValue())}</time>
          <span className="muted">{formatRelative(info.getValue(), now)}</span>
        </span>
      ),
    }),
    col.accessor('callStatus', {
      header: 'Status',
      sortDescFirst: false,
      cell: (info) => <CallStatusBadge status={info.getValue()} />,
    }),
    col.accessor('phoneNumber', {
      header: 'Phone number',
      sortDescFirst: false,
      cell: (info) => <span className="nowrap">{formatPhoneNumber(info.getValue())}</span>,
    }),
    col.accessor('borrowerId', { header: 'Borrower ID', sortDescFirst: false }),
    col.accessor('loanId', {
      header: 'Loan ID',
      sortDescFirst: false,
      cell: (info) => <code className="id">{info.getValue()}</code>,
    }),
    col.display({
      id: 'details',
      header: () => <span className="visually-hidden">Details</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <button
          type="button"
          className="button button-small"
          data-call-id={row.original.callId}
          aria-label={`View details of the call at ${formatLocalDateTimeShort(row.original.callTimestamp)}`}
          onClick={() => onViewDetails(row.original)}
        >
          View details
        </button>
      ),
    }),
  ])
}
