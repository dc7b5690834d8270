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
import { CALL_COLUMNS, COLUMN_LABELS, type ColumnVisibility } from '../model/column-preference'
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

/** Every column of the calls table, times shown in `zone` (an IANA name); see `shownColumns`. */
export function callColumns(onViewDetails: (call: WireCall) => void, zone: string) {
  const optional = {
    callTimestamp: col.accessor('callTimestamp', {
      header: () => <ZonedHeader label={COLUMN_LABELS.callTimestamp} zone={zone} />,
      meta: { sortFirst: 'desc' },
      cell: (info) => <TimeCell iso={info.getValue()} zone={zone} relative />,
    }),
    callStatus: col.accessor('callStatus', {
      header: COLUMN_LABELS.callStatus,
      meta: { sortFirst: 'asc' },
      cell: (info) => <CallStatusBadge status={info.getValue()} />,
    }),
    phoneNumber: col.accessor('phoneNumber', {
      header: COLUMN_LABELS.phoneNumber,
      meta: { sortFirst: 'asc' },
      cell: (info) => <span className="nowrap">{formatPhoneNumber(info.getValue())}</span>,
    }),
    borrowerId: col.accessor('borrowerId', {
      header: COLUMN_LABELS.borrowerId,
      meta: { sortFirst: 'asc' },
      cell: (info) => info.getValue(),
    }),
    loanId: col.accessor('loanId', {
      header: COLUMN_LABELS.loanId,
      meta: { sortFirst: 'asc' },
      cell: (info) => <ShortId value={info.getValue()} />,
    }),
    callId: col.accessor('callId', {
      header: COLUMN_LABELS.callId,
      cell: (info) => <ShortId value={info.getValue()} />,
    }),
    createdDate: instantColumn('createdDate', zone),
    createdBy: textColumn('createdBy'),
    updatedDate: instantColumn('updatedDate', zone),
    updatedBy: textColumn('updatedBy'),
  }
  // "View details" is always there: it is each row's way into the drawer.
  const details = col.display({
    id: 'details',
    header: () => <span className="visually-hidden">Details</span>,
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
  })
  return { optional, details }
}

/**
 * The shown columns, in table order. The hidden ones are left out here rather than hidden by
 * TanStack's column-visibility feature: that is all the feature would do for us, and it is 1 kB
 * gzip of the first load. Each column keeps its identity (`all` is made once per zone), so showing
 * or hiding one does not rebuild the cells of the others.
 */
export const shownColumns = (all: ReturnType<typeof callColumns>, shown: ColumnVisibility) =>
  col.columns([...CALL_COLUMNS.filter((c) => shown[c]).map((c) => all.optional[c]), all.details])
