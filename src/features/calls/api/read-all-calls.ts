import { MAX_LIMIT } from '../../../contract/call-filters'
import type { WireCall, WireCallsPage } from '../../../contract/call-record-schema'
import type { ApiFilters } from '../model/filter-validation'
import { fetchCallsPage, lastPageOffset, totalFromLastPage, type CallsRequest } from './calls-api'
import { formatCount } from '../../../lib/format-count'

/** Thrown when the API's pages do not add up to the total its first page described. */
export class IncompleteReadError extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(
      `The API described ${formatCount(expected)} calls but returned ${formatCount(received)}; the calls may have changed while they were read.`,
    )
    this.name = 'IncompleteReadError'
  }
}

export type ReadAllOptions = {
  signal?: AbortSignal
  /** Requests in flight at once: bounded, so a 100,000-call read does not flood the API. */
  concurrency?: number
  /** Rows asked per request (the API may return fewer: the first page says what it honours). */
  pageSize?: number
  /** Called once the total is known, before any chunk. */
  onTotal?: (total: number) => void
  /** The first page, when the caller already has it (a summary reuses the page on screen). */
  firstPage?: WireCallsPage
}

/**
 * Every call matching `filters`, in the API's order, as chunks (one per page). Pages are read
 * `concurrency` at a time but handed out in order, so a consumer can stream them (an export never
 * holds more than a few pages it has not written). The first page fixes the total and the page
 * size the server honours; a page that comes back short, or a total that does not add up, throws
 * IncompleteReadError rather than passing a partial set off as the whole.
 */
export async function* readAllCalls(
  request: CallsRequest,
  filters: ApiFilters,
  options: ReadAllOptions = {},
): AsyncGenerator<WireCall[], void, undefined> {
  const { signal, concurrency = 3, pageSize = MAX_LIMIT } = options
  const first =
    options.firstPage?.paging.offset === 0
      ? options.firstPage
      : await fetchCallsPage(request, filters, 0, pageSize, signal)
  const lastOffset = lastPageOffset(first)
  if (lastOffset === null) throw new IncompleteReadError(Number.NaN, first.data.length)
  // A server that caps its page size below what was asked still describes the pages it serves.
  const size = first.paging.links.next === null ? Math.max(1, first.data.length) : first.data.length
  // A first page that promises more but holds nothing would have us step through offsets by 0.
  if (first.paging.links.next !== null && size === 0) throw new IncompleteReadError(Number.NaN, 0)
  const lastPage = await (lastOffset === 0
    ? Promise.resolve(first)
    : fetchCallsPage(request, filters, lastOffset, size, signal))
  const total = totalFromLastPage(lastPage)
  options.onTotal?.(total)
  let received = first.data.length
  if (total <= received) {
    if (received !== total) throw new IncompleteReadError(total, received)
    yield first.data
    return
  }

  const offsets: number[] = []
  for (let offset = size; offset < total; offset += size) offsets.push(offset)
  const fetchAt = (offset: number) =>
    offset === lastPage.paging.offset && lastPage.paging.limit === size
      ? Promise.resolve(lastPage)
      : fetchCallsPage(request, filters, offset, size, signal)
  // A window of requests in flight; each is awaited in order and replaced as it is consumed.
  const inFlight: Promise<WireCallsPage>[] = []
  let next = 0
  const fill = () => {
    while (inFlight.length < concurrency && next < offsets.length) {
      const request = fetchAt(offsets[next++]!)
      // Awaited later, in order: mark it handled now so a failure while waiting is not "unhandled".
      request.catch(() => undefined)
      inFlight.push(request)
    }
  }
  // The next pages are on their way while the consumer handles the first.
  fill()
  yield first.data
  for (const offset of offsets) {
    const page = await inFlight.shift()!
    fill()
    const expected = Math.min(size, total - offset)
    if (page.data.length !== expected)
      throw new IncompleteReadError(total, received + page.data.length)
    received += page.data.length
    yield page.data
  }
}
