import { MAX_LIMIT } from '../../../contract/call-filters'
import {
  wireCallsPageSchema,
  type WireCall,
  type WireCallsPage,
} from '../../../contract/call-record-schema'
import type { ApiClient, ApiCredentials } from '../../../lib/api-client'
import type { ApiFilters } from '../model/filter-validation'

const CALLS_PATH = 'calltracking/calls'

/** A result of at most this many calls is loaded whole, so sorting covers all of it. */
export const WHOLE_RESULT_MAX = 1000

export function callsPath(filters: ApiFilters, offset: number, limit: number): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value)
  params.set('offset', String(offset))
  params.set('limit', String(limit))
  return `${CALLS_PATH}?${params.toString()}`
}

export type CallsRequest = { api: ApiClient; credentials: ApiCredentials }

export function fetchCallsPage(
  { api, credentials }: CallsRequest,
  filters: ApiFilters,
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<WireCallsPage> {
  return api.get(credentials, callsPath(filters, offset, limit), wireCallsPageSchema, signal)
}

/** Every call of a small result, following the API's own `next` links at its largest page size. */
export async function fetchWholeResult(
  request: CallsRequest,
  filters: ApiFilters,
  signal?: AbortSignal,
): Promise<WireCall[]> {
  const calls: WireCall[] = []
  let link: string | null = callsPath(filters, 0, MAX_LIMIT)
  // Bounded: a result that grew past the limit after it was measured still ends.
  for (let i = 0; link && i < Math.ceil(WHOLE_RESULT_MAX / MAX_LIMIT) + 1; i++) {
    const page: WireCallsPage = await request.api.get(
      request.credentials,
      link,
      wireCallsPageSchema,
      signal,
    )
    calls.push(...page.data)
    link = page.paging.links.next
  }
  return calls
}

/** The offset of the last page, from `links.last`, or null when the API gave no usable link. */
export function lastPageOffset(page: WireCallsPage): number | null {
  const { last, next } = page.paging.links
  if (!last) return next === null ? page.paging.offset : null
  const offset = Number(new URL(last, 'http://link.invalid').searchParams.get('offset'))
  return Number.isInteger(offset) && offset >= 0 ? offset : null
}
