import { CALLS_PATH } from '../../../contract/api-paths'
import { MAX_LIMIT } from '../../../contract/call-filters'
import {
  wireCallsPageSchema,
  type WireCall,
  type WireCallsPage,
} from '../../../contract/call-record-schema'
import type { ApiClient, ApiCredentials } from '../../../lib/api-client'
import type { ApiFilters } from '../model/filter-validation'

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

/** A whole result as loaded: `complete` is false when the API's pages did not add up to it. */
export type WholeResult = { calls: WireCall[]; complete: boolean }

/**
 * Request budget for loading a whole result: enough for WHOLE_RESULT_MAX calls at pages of 50, so a
 * server that caps its page size below what we ask still delivers; bounded, so a result that keeps
 * growing (or links that loop) still ends.
 */
export const WHOLE_RESULT_MAX_REQUESTS = Math.ceil(WHOLE_RESULT_MAX / 50) + 1

/**
 * Every call of a small result, following the API's own `next` links until they end. The vendor
 * sets no maximum page size, so nothing assumes ours was honoured: the count is checked against
 * the offset that `links.last` names, and a shortfall is reported, never passed off as the whole.
 */
export async function fetchWholeResult(
  request: CallsRequest,
  filters: ApiFilters,
  signal?: AbortSignal,
): Promise<WholeResult> {
  const calls: WireCall[] = []
  let link: string | null = callsPath(filters, 0, MAX_LIMIT)
  let page: WireCallsPage | null = null
  for (let i = 0; link && i < WHOLE_RESULT_MAX_REQUESTS; i++) {
    page = await request.api.get(request.credentials, link, wireCallsPageSchema, signal)
    calls.push(...page.data)
    link = page.paging.links.next
  }
  return { calls, complete: page !== null && isCompleteWhole(calls.length, page) }
}

/** True when `count` calls, ending with `lastPage`, are the whole result the API described. */
export function isCompleteWhole(count: number, lastPage: WireCallsPage): boolean {
  if (lastPage.paging.links.next !== null) return false
  const lastOffset = lastPageOffset(lastPage)
  return lastOffset === lastPage.paging.offset && count === lastOffset + lastPage.data.length
}

/** The offset of the last page, from `links.last`, or null when the API gave no usable link. */
export function lastPageOffset(page: WireCallsPage): number | null {
  const { last, next } = page.paging.links
  if (!last) return next === null ? page.paging.offset : null
  const offset = Number(new URL(last, 'http://link.invalid').searchParams.get('offset'))
  return Number.isInteger(offset) && offset >= 0 ? offset : null
}

/**
 * The total of a result, from its last page: that page's offset plus its row count. (Here, not in
 * read-all-calls.ts, so the first load does not pull in the whole-set reader only exports use.)
 */
export function totalFromLastPage(lastPage: WireCallsPage): number {
  return lastPage.paging.offset + lastPage.data.length
}
