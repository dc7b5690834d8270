import type { ErrorMessage } from './describe-error'

export function LoadingCalls() {
  return (
    <div className="loading">
      <p role="status">Loading calls…</p>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div className="skeleton-row" key={i} />
        ))}
      </div>
    </div>
  )
}

export function NoCalls({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty">
      <p className="empty-title">No calls match these filters</p>
      <p className="muted">Check the IDs and dates, or widen the date range.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}

type CallsErrorProps = { message: ErrorMessage; onRetry: () => void; onSignOut: () => void }

export function CallsError({ message, onRetry, onSignOut }: CallsErrorProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{message.title}</p>
      <p>{message.action}</p>
      <div className="notice-actions">
        {message.canRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {message.forbidden && (
          <button type="button" className="button" onClick={onSignOut}>
            Sign out
          </button>
        )}
      </div>
    </div>
  )
}
