import { createColumnHelper } from '@tanstack/react-table'
import type { SortableFeatures } from '../../../components/ui/data-table'
import type { WireCall } from '../../../contract/call-record-schema'
import { formatLocalDateTimeShort, formatRelative, formatTableTime } from '../../../lib/dates'
import { formatPhoneNumber } from '../../../contract/call-filters'
import { CallStatusBadge } from './call-status-badge'

const col = createColumnHelper<SortableFeatures, WireCall>()

/** A GUID as the table shows it: its first 8 characters, the whole value on hover and in the drawer. */
function ShortId({ value }: { value: string }) {
  return (
    <code className="id-short" title={value}>
      {value.length > 8 ? `${value.slice(0, 8)}…` : value}
    </code>
  )
}

export function callColumns(onViewDetails: (call: WireCall) => void, now: Date) {
  return col.columns([
    col.accessor('callTimestamp', {
      header: 'Call time',
      sortDescFirst: true,
      cell: (info) => (
        <span className="call-time">
          <time dateTime={info.getValue()} title={formatRelative(info.getValue(), now)}>
            {formatTableTime(info.getValue(), now)}
          </time>
          <span className="relative muted">{formatRelative(info.getValue(), now)}</span>
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
      cell: (info) => <ShortId value={info.getValue()} />,
    }),
    col.display({
      id: 'details',
      header: () => <span className="visually-hidden">Details</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <button
          type="button"
          className="button button-small button-ghost"
          data-call-id={row.original.callId}
          aria-label={`View details of the call at ${formatLocalDateTimeShort(row.original.callTimestamp)}`}
          onClick={() => onViewDetails(row.original)}
        >
          <span className="label-long">View details</span>
          <span className="label-short">Details</span>
        </button>
      ),
    }),
  ])
}
