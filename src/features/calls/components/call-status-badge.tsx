import { Badge, type BadgeTone } from '../../../components/ui/badge'
import { CALL_STATUSES, type CallStatus } from '../../../contract/call-record-schema'

/**
 * Every status the contract knows has a tone; the compiler insists on each one. An attempt is the
 * ordinary case, not a warning: neutral. A conversation is the outcome sought: green.
 */
export const CALL_STATUS_TONE: Record<CallStatus, BadgeTone> = {
  Attempted: 'neutral',
  Contacted: 'success',
}

const isKnown = (status: string): status is CallStatus =>
  (CALL_STATUSES as readonly string[]).includes(status)

/** A status from the wire this build does not know still shows, as its own text. */
export function CallStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={isKnown(status) ? CALL_STATUS_TONE[status] : 'other'}>{status || 'Unknown'}</Badge>
  )
}
