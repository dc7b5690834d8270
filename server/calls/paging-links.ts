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
  // The request's URL and the filters are serialized once; the links differ only in their offset.
  // Each is what `url.search = ''` then `url.searchParams.set(…)` for each filter, offset and limit
  // would write (the query before any fragment), without parsing the URL again for every link.
  const url = new URL(requestUrl)
  url.search = ''
  const href = url.href
  const hashAt = href.indexOf('#')
  const path = hashAt === -1 ? href : href.slice(0, hashAt)
  const fragment = hashAt === -1 ? '' : href.slice(hashAt)
  const filters = new URLSearchParams()
  for (const name of FILTER_PARAMS) {
    const value = q[name]
    if (value !== undefined) filters.set(name, value)
  }
  const query = filters.toString()
  const start = `${path}?${query === '' ? '' : `${query}&`}`
  // A number's text needs escaping only for the "+" of an exponent ("1e+21"), as a form would.
  const number = (n: number) => encodeURIComponent(String(n))
  const limit = number(q.limit)
  const link = (offset: number) => `${start}offset=${number(offset)}&limit=${limit}${fragment}`
  return {
    first: link(0),
    last: link(lastOffset),
    // Past the end, "previous" leads back to the real last page rather than to another empty one.
    previous: q.offset === 0 ? null : link(Math.min(Math.max(0, q.offset - q.limit), lastOffset)),
    next: q.offset + q.limit < total ? link(q.offset + q.limit) : null,
  }
}
