import { useLayoutEffect, useRef } from 'react'
import type { ErrorMessage } from './describe-error'

type LoadingCallsProps = {
  onCancel: () => void
  /** Takes the focus when the loading ends with it on Cancel (the rows or a failure replace it). */
  focusAfter: () => void
}

/** The loading skeleton and a way out; what is loading is said in the results' status line. */
export function LoadingCalls({ onCancel, focusAfter }: LoadingCallsProps) {
  const box = useRef<HTMLDivElement>(null)
  const focusAfterNow = useRef(focusAfter)
  useLayoutEffect(() => {
    focusAfterNow.current = focusAfter
  })
  // On the way out (still in the page then): focus on Cancel would fall to the page body once it
  // is gone, so it goes where focusAfter says, after the commit that removes it.
  useLayoutEffect(() => {
    const element = box.current
    return () => {
      if (!element?.contains(document.activeElement)) return
      queueMicrotask(() => {
        if (document.activeElement === null || document.activeElement === document.body)
          focusAfterNow.current()
      })
    }
  }, [])
  return (
    <div className="loading" ref={box}>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div className="skeleton-row" key={i} />
        ))}
      </div>
    </div>
  )
}

type NoCallsProps = {
  /** What was searched, in the form's words. */
  search: string
  scope: { tenantId: string; servicerId: string }
  onClear: () => void
}

/** Says what was searched, where, and what to try: an empty table alone answers none of that. */
export function NoCalls({ search, scope, onClear }: NoCallsProps) {
  return (
    <div className="empty">
      <p className="empty-title">No calls match {search}</p>
      <p className="muted">
        Searched tenant {scope.tenantId}, servicer {scope.servicerId}. Calls of other servicers are
        not visible to servicer {scope.servicerId}.
      </p>
      <p className="muted">Check the IDs and dates, or widen the date range.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}

type CallsErrorProps = {
  /** What failed, e.g. "Could not load calls for Borrower ID 100000001." */
  what: string
  message: ErrorMessage
  onRetry: () => void
  onSignOut: () => void
}

export function CallsError({ what, message, onRetry, onSignOut }: CallsErrorProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{what}</p>
      <p>{message.title}</p>
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

export function SearchCancelled({ search, onRetry }: { search: string; onRetry: () => void }) {
  return (
    <div className="notice notice-warning" role="alert">
      <p className="notice-title">The search for {search} was cancelled.</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  )
}

type PageProblemProps = {
  page: number
  kind: 'error' | 'cancelled'
  message: ErrorMessage | null
  onRetry: () => void
}

/** Beside the pager: the asked-for page did not arrive; the rows shown are still another page's. */
export function PageProblem({ page, kind, message, onRetry }: PageProblemProps) {
  return (
    <div className="page-problem" role={kind === 'error' ? 'alert' : 'status'}>
      <p>
        <strong>
          {kind === 'error'
            ? `Could not load page ${page}.`
            : `Loading page ${page} was cancelled.`}
        </strong>{' '}
        {message && `${message.title} ${message.action}`}
      </p>
      <button type="button" className="button button-small" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
