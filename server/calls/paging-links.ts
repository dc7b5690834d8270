import { FILTER_PARAMS, type CallsQuery, type CallsPage } from '../../src/contract'

/**
 * Links carry the same filters as the request. `last` is the final page's offset so a client can
 * tell "page N of M"; `previous` is null on the first page and `next` null on the last.
 */
export function pagingLinks(
  requestUrl: string,
  q: CallsQuery,
  total: number,
): CallsPage['paging']['links'] {
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / q.limit) * q.limit
  const link = (offset: number) => {
    const url = new URL(requestUrl)
    url.search = ''
    for (const name of FILTER_PARAMS) {
      const value = q[name]
      if (value !== undefined) url.searchParams.set(name, value)
    }
    url.searchParams.set('offset', String(offset))
    url.searchParams.set('limit', String(q.limit))
    return url.toString()
  }
  return {
    first: link(0),
    last: link(lastOffset),
    // Past the end, "previous" leads back to the real last page rather than to another empty one.
    previous: q.offset === 0 ? null : link(Math.min(Math.max(0, q.offset - q.limit), lastOffset)),
    next: q.offset + q.limit < total ? link(q.offset + q.limit) : null,
  }
}
