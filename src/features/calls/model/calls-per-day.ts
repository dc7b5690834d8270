import { eachDayKey, localDayKey, type DayKey } from '../../../lib/local-days'
import type { CallTally } from './call-tally'

/** Bottom of the stack first: the outcome sought, then attempts, then statuses this build does not know. */
const KNOWN_ORDER = ['Contacted', 'Attempted'] as const

export type DayCounts = {
  day: DayKey
  /** One count per status of `CallsPerDay.statuses`, in that order. */
  counts: number[]
  total: number
}

export type CallsPerDay = {
  zone: string
  statuses: string[]
  days: DayCounts[]
  /** The largest day's total (0 when there are no calls). */
  max: number
}

/** The instants the API filtered on (the first and last millisecond of the days picked). */
export type FilterRange = { startdate?: string; enddate?: string }

/**
 * Calls per calendar day in `zone`, stacked by status. The days run over the filtered range (days
 * with no call included, as zeros) and, should a call fall outside it in this zone (the range was
 * picked in another), out to that call too: every call is counted on its own day, none dropped.
 */
export function callsPerDay(tally: CallTally, zone: string, range: FilterRange = {}): CallsPerDay {
  const unknown = [...tally.instantsByStatus.keys()]
    .filter((s) => !(KNOWN_ORDER as readonly string[]).includes(s))
    .sort()
  const statuses = [...KNOWN_ORDER, ...unknown]
  const perDay = new Map<DayKey, number[]>()
  statuses.forEach((status, index) => {
    for (const instant of tally.instantsByStatus.get(status) ?? []) {
      // Cheap per call: the clock keeps the zone's offset per hour (wall-clock.ts).
      const day = localDayKey(instant, zone)
      let counts = perDay.get(day)
      if (!counts) perDay.set(day, (counts = statuses.map(() => 0)))
      counts[index]!++
    }
  })

  const bounds = [...perDay.keys()]
  if (range.startdate) bounds.push(localDayKey(range.startdate, zone))
  if (range.enddate) bounds.push(localDayKey(range.enddate, zone))
  bounds.sort()
  const first = bounds[0]
  const last = bounds.at(-1)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: bounds are both set or, with no calls and no range, both undefined, when eachDayKey(undefined, undefined) lists no day either (NaN <= NaN is false)
  const days = (first && last ? eachDayKey(first, last) : []).map((day) => {
    const counts = perDay.get(day) ?? statuses.map(() => 0)
    return { day, counts, total: counts.reduce((a, b) => a + b, 0) }
  })
  return { zone, statuses, days, max: days.reduce((m, d) => Math.max(m, d.total), 0) }
}
