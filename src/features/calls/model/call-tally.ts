import type { WireCall } from '../../../contract/call-record-schema'

/**
 * What a summary keeps of a result: enough for every figure and for calls per day in any zone,
 * without holding the calls themselves (a 100,000-call result would be ~100 MB of records).
 * A status is kept as the wire gave it, so one this build does not know is still counted.
 */
export type CallTally = {
  total: number
  distinctBorrowers: number
  /** Each status's call times, as epoch ms, in the order read. A Map: statuses are wire text. */
  instantsByStatus: ReadonlyMap<string, readonly number[]>
}

/** Builds a tally chunk by chunk, as pages arrive; `result()` once every page is in. */
export function createTallyBuilder() {
  const borrowers = new Set<string>()
  const instants = new Map<string, number[]>()
  let total = 0
  return {
    add(calls: readonly WireCall[]) {
      for (const call of calls) {
        total++
        borrowers.add(call.borrowerId)
        const times = instants.get(call.callStatus)
        const at = Date.parse(call.callTimestamp)
        if (times) times.push(at)
        else instants.set(call.callStatus, [at])
      }
    },
    result(): CallTally {
      return { total, distinctBorrowers: borrowers.size, instantsByStatus: new Map(instants) }
    },
  }
}

export function tallyCalls(calls: readonly WireCall[]): CallTally {
  const builder = createTallyBuilder()
  builder.add(calls)
  return builder.result()
}
