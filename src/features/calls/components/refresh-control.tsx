import { formatClockTime } from '../../../lib/dates'

type RefreshControlProps = {
  onRefresh: () => void
  /** When the rows on screen were fetched (epoch ms). */
  updatedAt: number | null
  timeZone: string
}

/** "Refresh" asks the API again for the view on screen; "Updated 4:05 PM" says how fresh it is. */
export function RefreshControl({ onRefresh, updatedAt, timeZone }: RefreshControlProps) {
  return (
    <span className="refresh-control">
      <button type="button" className="button button-small" onClick={onRefresh}>
        Refresh
      </button>
      {updatedAt !== null && (
        <span className="muted">Updated {formatClockTime(updatedAt, timeZone)}</span>
      )}
    </span>
  )
}
