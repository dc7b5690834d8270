import { createTallyBuilder, tallyCalls, type CallTally } from '../model/call-tally'
import type { ApiFilters } from '../model/filter-validation'
import type { CallsRequest, WholeResult } from './calls-api'
import { readAllCalls } from './read-all-calls'

export type TallyProgress = { read: number; total: number }

type ReadTallyOptions = {
  signal?: AbortSignal
  /** Where a whole result already loaded for the table is found, so it is not asked for again. */
  cached?: WholeResult
  onProgress?: (progress: TallyProgress) => void
}

/**
 * The tally of every call matching `filters`. A whole result the table has already loaded is
 * counted as it is, with no request; otherwise every page is read (a bounded few at a time). It
 * resolves only when every call is in: a cancelled or short read throws, so a partial tally is
 * never returned, hence never cached as the answer.
 */
export async function readCallTally(
  request: CallsRequest,
  filters: ApiFilters,
  { signal, cached, onProgress }: ReadTallyOptions = {},
): Promise<CallTally> {
  if (cached?.complete) return tallyCalls(cached.calls)
  const builder = createTallyBuilder()
  let total = 0
  let read = 0
  for await (const chunk of readAllCalls(request, filters, {
    signal,
    onTotal: (t) => {
      total = t
      onProgress?.({ read, total })
    },
  })) {
    builder.add(chunk)
    read += chunk.length
    onProgress?.({ read, total })
  }
  return builder.result()
}
