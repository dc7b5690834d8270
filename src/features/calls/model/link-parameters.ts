import { FILTER_PARAMS } from '../../../contract/call-filters'

/** Every parameter the dashboard's URL holds (the API's filter names, then the view's own). */
export const VIEW_PARAMS: readonly string[] = [
  ...FILTER_PARAMS,
  'tz',
  'page',
  'limit',
  'sort',
  'call',
]

/**
 * A link's query string with each known parameter under its own name, whatever the case it was
 * typed in ("borrowerId" is the vendor doc's spelling), and the names of those it does not know.
 * An unknown name is never dropped silently: a filter that is not applied widens the search to
 * every call, so the screen must say so.
 */
export function normalizeLinkParameters(search: string): { search: string; unknown: string[] } {
  const params = new URLSearchParams(search)
  const normalized = new URLSearchParams()
  const unknown: string[] = []
  for (const [name, value] of params) {
    const known = VIEW_PARAMS.find((p) => p === name.toLowerCase())
    if (known) {
      if (!normalized.has(known)) normalized.set(known, value)
    } else if (!unknown.includes(name)) unknown.push(name)
  }
  return { search: normalized.toString(), unknown }
}
