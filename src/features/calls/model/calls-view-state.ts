import { FILTER_PARAMS, type FilterParam } from '../../../contract/call-filters'
import { canonicalTimeZone } from '../../../lib/time-zones'

/** The filters as typed (trimmed), by the API's own parameter names. Dates are local calendar days. */
export type FilterDraft = Record<FilterParam, string>
export const EMPTY_FILTERS: FilterDraft = {
  loanid: '',
  borrowerid: '',
  phonenumber: '',
  startdate: '',
  enddate: '',
}

export const SORTABLE_COLUMNS = [
  'callTimestamp',
  'callStatus',
  'phoneNumber',
  'borrowerId',
  'loanId',
] as const
export type SortColumn = (typeof SORTABLE_COLUMNS)[number]
export type CallSort = { column: SortColumn; desc: boolean }
export const DEFAULT_SORT: CallSort = { column: 'callTimestamp', desc: true }

export const PAGE_SIZES = [10, 20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

/** Everything the screen shows, read from the URL so reload, Back/Forward and pasted links agree. */
export type CallsViewState = {
  filters: FilterDraft
  /** 1-based. */
  page: number
  limit: number
  sort: CallSort
  /** The call whose details drawer is open. */
  callId: string | null
  /**
   * The IANA zone From and To were read in (`tz`), so a shared link means the same instants
   * anywhere. Only with a From or To: without them no day is read, and the viewer's zone applies.
   */
  timeZone: string | null
}

const hasDays = (filters: FilterDraft) => filters.startdate !== '' || filters.enddate !== ''

/** A whole number of 1 or more, else the fallback (a missing parameter reads as 0: refused too). */
function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

function parseSort(value: string | null): CallSort {
  if (value === null) return DEFAULT_SORT
  const [column, direction] = value.split('.')
  const known = SORTABLE_COLUMNS.find((c) => c === column)
  if (!known || (direction !== 'asc' && direction !== 'desc')) return DEFAULT_SORT
  return { column: known, desc: direction === 'desc' }
}

export function parseViewState(search: string): CallsViewState {
  const params = new URLSearchParams(search)
  const filters = Object.fromEntries(
    FILTER_PARAMS.map((name) => [name, (params.get(name) ?? '').trim()]),
  ) as FilterDraft
  const limitParam = positiveInt(params.get('limit'), DEFAULT_PAGE_SIZE)
  const tz = params.get('tz')
  return {
    filters,
    page: positiveInt(params.get('page'), 1),
    limit: (PAGE_SIZES as readonly number[]).includes(limitParam) ? limitParam : DEFAULT_PAGE_SIZE,
    sort: parseSort(params.get('sort')),
    callId: params.get('call') || null,
    // An empty tz names no zone, as a missing one does.
    timeZone: tz && hasDays(filters) ? canonicalTimeZone(tz) : null,
  }
}

/**
 * The link's `tz` when it is not a zone this browser knows (and there are days for it to apply to):
 * the screen says so, and reads the days in the viewer's zone instead.
 */
export function refusedTimeZone(search: string): string | null {
  const view = parseViewState(search)
  // With days and no zone read, the link's tz (null when it has none) is what was refused.
  return hasDays(view.filters) && view.timeZone === null
    ? new URLSearchParams(search).get('tz')
    : null
}

/** Defaults are left out, so a plain view has a plain URL. */
export function serializeViewState(state: CallsViewState): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of FILTER_PARAMS) if (state.filters[name]) params.set(name, state.filters[name])
  if (state.timeZone && hasDays(state.filters)) params.set('tz', state.timeZone)
  if (state.page > 1) params.set('page', String(state.page))
  if (state.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(state.limit))
  if (state.sort.column !== DEFAULT_SORT.column || state.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', `${state.sort.column}.${state.sort.desc ? 'desc' : 'asc'}`)
  }
  if (state.callId) params.set('call', state.callId)
  return params
}
