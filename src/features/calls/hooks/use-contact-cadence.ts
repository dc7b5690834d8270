import { useQuery } from '@tanstack/react-query'
import { startOfHour } from 'date-fns'
import { useEffect, useMemo, useState } from 'react'
import { useRuntimeConfig } from '../../../config/runtime-config-context'
import { DEFAULT_CONTACT_CADENCE } from '../../../contract/contact-cadence-config'
import type { WireCall } from '../../../contract/call-record-schema'
import { callQueries } from '../api/call-queries'
import type { CallsRequest } from '../api/calls-api'
import { cadenceSubject } from '../model/cadence-subject'
import { cadenceByLoan, lookbackStart } from '../model/contact-cadence'
import type { ApiFilters } from '../model/filter-validation'

/** At most this long between two judgements of the cadence, so a limit lifts on screen on time. */
const TICK_MS = 15_000

/** The current time, renewed every `TICK_MS`. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), TICK_MS)
    return () => clearInterval(id)
  }, [])
  return now
}

/**
 * The contact cadence of the searched loan or borrower, judged again as time passes. The calls are
 * asked from the start of the hour the look-back period begins in, so the query's key (and its
 * request) changes once an hour, not at every tick; the rules ignore the extra calls.
 */
export function useContactCadence(
  request: CallsRequest,
  filters: ApiFilters | null,
  /** Loans seen in the result, listed even when they have no call in the window. */
  knownCalls: readonly WireCall[],
) {
  const rules = useRuntimeConfig().contactCadence ?? DEFAULT_CONTACT_CADENCE
  const now = useNow()
  const subject = useMemo(() => cadenceSubject(filters), [filters])
  const since = startOfHour(lookbackStart(now, rules)).toISOString()
  const subjectKey = JSON.stringify(subject)
  const query = useQuery({
    ...callQueries.cadence(request, subject ?? { borrowerid: '' }, since),
    enabled: subject !== null,
    // The previous hour's calls stand in while the next hour's load; another subject's never.
    placeholderData: (previous, previousQuery) =>
      JSON.stringify(
        (previousQuery?.queryKey.at(-1) as { subject?: unknown } | undefined)?.subject,
      ) === subjectKey
        ? previous
        : undefined,
  })
  const knownLoans = useMemo(
    () =>
      [...new Set(knownCalls.map((c) => c.loanId))].filter(
        (loanId) => !subject || !('loanid' in subject) || loanId === subject.loanid,
      ),
    [knownCalls, subject],
  )
  const loans = useMemo(
    () => (query.data ? cadenceByLoan(query.data, knownLoans, now, rules) : null),
    [query.data, knownLoans, now, rules],
  )
  return { subject, rules, now, loans, query }
}
