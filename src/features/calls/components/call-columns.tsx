import { createColumnHelper } from '@tanstack/react-table'
import type { DataTableFeatures } from '../../../components/ui/data-table'
import type { WireCall } from '../../../contract/call-record-schema'
import { formatPhoneNumber } from '../../../contract/call-filters'
import {
  formatLocalDateTimeShort,
  formatRelative,
  formatTableTime,
  formatZone,
} from '../../../lib/dates'
import { useNow } from '../../../lib/use-now'
import { COLUMN_LABELS } from '../model/column-preference'
import { formatUserAccount } from '../model/user-account'
import { CallStatusBadge } from './call-status-badge'

const col = createColumnHelper<DataTableFeatures, WireCall>()

/** A GUID as the table shows it: its first 8 characters, the whole value on hover and in the drawer. */
function ShortId({ value }: { value: string }) {
  return (
    <code className="id-short" title={value}>
      {value.length > 8 ? `${value.slice(0, 8)}…` : value}
    </code>
  )
}

/** A time in `zone`, with how long ago it was; both follow the page's clock, so they never freeze. */
function TimeCell({ iso, zone, relative }: { iso: string; zone: string; relative: boolean }) {
  const now = new Date(useNow())
  const ago = formatRelative(iso, now)
  return (
    <span className="call-time">
      <time dateTime={iso} title={ago}>
        {formatTableTime(iso, now, zone)}
      </time>
      {relative && <span className="relative muted">{ago}</span>}
    </span>
  )
}

/** "Call time (CST)": the zone the column's times are in, as it is called now. */
function ZonedHeader({ label, zone }: { label: string; zone: string }) {
  const now = useNow()
  return (
    <>
      {label} ({formatZone(new Date(now).toISOString(), zone)})
    </>
  )
}

const textColumn = (id: 'createdBy' | 'updatedBy') =>
  col.accessor(id, {
    header: COLUMN_LABELS[id],
    // One line, clipped: an account name can be any length (the drawer shows all of it).
    cell: (info) => <span className="cell-clip">{formatUserAccount(info.getValue())}</span>,
  })
const instantColumn = (id: 'createdDate' | 'updatedDate', zone: string) =>
  col.accessor(id, {
    header: () => <ZonedHeader label={COLUMN_LABELS[id]} zone={zone} />,
    cell: (info) => <TimeCell iso={info.getValue()} zone={zone} relative={false} />,
  })

/** The table's columns, times shown in `zone` (an IANA name). */
export function callColumns(onViewDetails: (call: WireCall) => void, zone: string) {
  return col.columns([
    col.accessor('callTimestamp', {
      header: () => <ZonedHeader label={COLUMN_LABELS.callTimestamp} zone={zone} />,
      meta: { sortFirst: 'desc' },
      cell: (info) => <TimeCell iso={info.getValue()} zone={zone} relative />,
    }),
    col.accessor('callStatus', {
      header: COLUMN_LABELS.callStatus,
      meta: { sortFirst: 'asc' },
      cell: (info) => <CallStatusBadge status={info.getValue()} />,
    }),
    col.accessor('phoneNumber', {
      header: COLUMN_LABELS.phoneNumber,
      meta: { sortFirst: 'asc' },
      cell: (info) => <span className="nowrap">{formatPhoneNumber(info.getValue())}</span>,
    }),
    col.accessor('borrowerId', { header: COLUMN_LABELS.borrowerId, meta: { sortFirst: 'asc' } }),
    col.accessor('loanId', {
      header: COLUMN_LABELS.loanId,
      meta: { sortFirst: 'asc' },
      cell: (info) => <ShortId value={info.getValue()} />,
    }),
    col.accessor('callId', {
      header: COLUMN_LABELS.callId,
      cell: (info) => <ShortId value={info.getValue()} />,
    }),
    instantColumn('createdDate', zone),
    textColumn('createdBy'),
    instantColumn('updatedDate', zone),
    textColumn('updatedBy'),
    col.display({
      id: 'details',
      header: () => <span className="visually-hidden">Details</span>,
      enableHiding: false,
      cell: ({ row }) => (
        <button
          type="button"
          className="button button-small button-ghost"
          data-call-id={row.original.callId}
          aria-label={`View details of the call at ${formatLocalDateTimeShort(row.original.callTimestamp, zone)}`}
          onClick={() => onViewDetails(row.original)}
        >
          <span className="label-long">View details</span>
          <span className="label-short">Details</span>
        </button>
      ),
    }),
  ])
}
