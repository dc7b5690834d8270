import type { SortScope } from '../hooks/use-call-results'

/** Says in plain words how far a sort reaches, next to the headers, so it never misleads. */
export function SortNote({
  id,
  scope,
  total,
}: {
  id: string
  scope: SortScope
  total: number | null
}) {
  const text =
    scope === 'all'
      ? `Sorting covers all ${total?.toLocaleString() ?? ''} matching calls.`
      : scope === 'pending'
        ? 'Sorting covers this page until all matching calls have loaded.'
        : 'More than 1,000 calls match, so sorting applies to this page only. Narrow the filters to sort all of them.'
  return (
    <p id={id} className="sort-note">
      {text}
    </p>
  )
}
