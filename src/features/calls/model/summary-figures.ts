import { CALL_STATUSES, type CallStatus } from '../../../contract/call-record-schema'
import type { CallTally } from './call-tally'

export type SummaryFigures = {
  total: number
  byKnownStatus: Record<CallStatus, number>
  /** Statuses this build does not know, with their counts, by name: counted, never dropped. */
  otherStatuses: { status: string; count: number }[]
  /** Contacted ÷ total, from 0 to 1; null for no calls (a rate of nothing is not 0 %). */
  contactRate: number | null
  distinctBorrowers: number
}

const isKnown = (status: string): status is CallStatus =>
  (CALL_STATUSES as readonly string[]).includes(status)

export function summaryFigures(tally: CallTally): SummaryFigures {
  const byKnownStatus = Object.fromEntries(CALL_STATUSES.map((s) => [s, 0])) as Record<
    CallStatus,
    number
  >
  const otherStatuses: SummaryFigures['otherStatuses'] = []
  // The statuses in code-unit order (sort's default, as calls per day lists them), so the unknown
  // ones come out by name.
  for (const status of [...tally.instantsByStatus.keys()].sort()) {
    const count = tally.instantsByStatus.get(status)!.length // one of the map's own keys
    if (isKnown(status)) byKnownStatus[status] = count
    else otherStatuses.push({ status, count })
  }
  return {
    total: tally.total,
    byKnownStatus,
    otherStatuses,
    contactRate: tally.total === 0 ? null : byKnownStatus.Contacted / tally.total,
    distinctBorrowers: tally.distinctBorrowers,
  }
}

const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

/** "37.5%", one decimal; "—" when there is no rate. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : percent.format(rate)
