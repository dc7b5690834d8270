import type { ReactNode } from 'react'
import { CopyButton } from '../../../components/ui/copy-button'
import { Drawer } from '../../../components/ui/drawer'
import { ErrorBoundary } from '../../../components/ui/error-boundary'
import type { WireCall } from '../../../contract/call-record-schema'
import { formatLocalDateTime, formatRelative, formatUtc, formatZone } from '../../../lib/dates'
import { formatPhoneNumber } from '../../../contract/call-filters'
import { useNow } from '../../../lib/use-now'
import type { CallsRequest } from '../api/calls-api'
import type { CallResults } from '../hooks/use-call-results'
import { useCallStepping } from '../hooks/use-call-stepping'
import type { CallsViewState } from '../model/calls-view-state'
import type { ApiFilters } from '../model/filter-validation'
import type { PivotParam } from '../model/view-transitions'
import { CallPivots, CallStepper, stepByArrowKey } from './call-drawer-navigation'
import { formatUserAccount } from '../model/user-account'
import { CallStatusBadge } from './call-status-badge'

/** The time in the zone on screen, named as people say it ("CST", "CDT"), and the UTC instant. */
function Instant({ iso, zone }: { iso: string; zone: string }) {
  const now = useNow()
  return (
    <>
      <time dateTime={iso}>
        {formatLocalDateTime(iso, zone)} {formatZone(iso, zone)}
      </time>{' '}
      <span className="muted">({formatRelative(iso, new Date(now))})</span>
      <br />
      <span className="muted">{formatUtc(iso)}</span>
    </>
  )
}

export type CallDetailDrawerProps = {
  callId: string | null
  call: WireCall | undefined
  loading: boolean
  onClose: () => void
  /** Where focus goes on closing a drawer that a link opened (nothing had focus then). */
  fallbackFocus: () => HTMLElement | null
  /** Where focus goes on closing, first: the row of the call shown last (it may have stepped). */
  returnFocus?: () => HTMLElement | null
  /** The IANA zone times are shown in. */
  timeZone: string
  /** A new search on one value of the call (it closes the drawer). */
  onPivot: (param: PivotParam, value: string) => void
  /** What Previous/Next call step through: the result on screen, read as the page reads it. */
  request: CallsRequest
  view: CallsViewState
  filters: ApiFilters | null
  results: CallResults
  go: (next: Partial<CallsViewState>, replace?: boolean) => void
}

export function CallDetailDrawer({
  callId,
  call,
  loading,
  onClose,
  fallbackFocus,
  returnFocus,
  timeZone,
  onPivot,
  request,
  view,
  filters,
  results,
  go,
}: CallDetailDrawerProps) {
  // Here rather than in the page, so the stepping code arrives with the drawer.
  const stepping = useCallStepping(request, view, filters, results, go)
  return (
    <Drawer
      open={callId !== null}
      title="Call details"
      onClose={onClose}
      fallbackFocus={fallbackFocus}
      returnFocus={returnFocus}
      onKeyDown={stepByArrowKey(stepping)}
    >
      <CallStepper stepping={stepping} />
      {call ? (
        <>
          <ErrorBoundary resetKey={call} fallback={() => <DetailsFailed callId={call.callId} />}>
            <CallFields call={call} zone={timeZone} />
          </ErrorBoundary>
          <CallPivots call={call} onPivot={onPivot} />
        </>
      ) : (
        <p role="status">
          {loading
            ? 'Loading call…'
            : `Call ${callId ?? ''} is not in the current results. Check the filters and page.`}
        </p>
      )}
    </Drawer>
  )
}

function DetailsFailed({ callId }: { callId: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">The details of call {callId} could not be shown.</p>
      <p>
        The record holds a value this dashboard cannot display. Close this panel to go back to the
        calls; if it keeps happening, contact support with the call ID.
      </p>
    </div>
  )
}

function CallFields({ call, zone }: { call: WireCall; zone: string }) {
  const rows: [string, ReactNode][] = [
    ['Call ID', <IdValue key="c" value={call.callId} label="Call ID" />],
    ['Status', <CallStatusBadge key="s" status={call.callStatus} />],
    ['Call time', <Instant key="t" iso={call.callTimestamp} zone={zone} />],
    ['Phone number', <>{formatPhoneNumber(call.phoneNumber)}</>],
    ['Borrower ID', <IdValue key="b" value={call.borrowerId} label="Borrower ID" />],
    ['Loan ID', <IdValue key="l" value={call.loanId} label="Loan ID" />],
    ['Tenant ID', <>{call.tenantId}</>],
    ['Servicer ID', <>{call.servicerId}</>],
    ['Created', <Instant key="cd" iso={call.createdDate} zone={zone} />],
    ['Created by', <>{formatUserAccount(call.createdBy)}</>],
    ['Updated', <Instant key="ud" iso={call.updatedDate} zone={zone} />],
    ['Updated by', <>{formatUserAccount(call.updatedBy)}</>],
  ]
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div className="details-row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function IdValue({ value, label }: { value: string; label: string }) {
  return (
    <span className="id-value">
      <code className="id">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  )
}
