import { WHOLE_RESULT_MAX } from '../api/calls-api'
import type { SortScope } from '../model/shown-results'
import { formatCount } from '../../../lib/format-count'

/** Says in plain words how far a sort reaches, next to the headers, so it never misleads. */
export function SortNote({
  id,
  scope,
  total,
  onRetry,
}: {
  id: string
  scope: SortScope
  total: number | null
  /** Offered when not all calls could be loaded. */
  onRetry: () => void
}) {
  const text = {
    all: `Sorting covers all ${total === null ? '' : formatCount(total)} matching calls.`,
    pending: 'Sorting covers this page until all matching calls have loaded.',
    partial: 'Not all matching calls could be loaded, so sorting applies to this page only.',
    page: `More than ${formatCount(WHOLE_RESULT_MAX)} calls match, so sorting applies to this page only. Narrow the filters to sort all of them.`,
  }[scope]
  return (
    <p id={id} className="sort-note">
      {text}
      {scope === 'partial' && (
        <>
          {' '}
          <button type="button" className="button button-small" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </p>
  )
}
