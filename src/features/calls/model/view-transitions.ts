import type { CallsViewState, FilterDraft } from './calls-view-state'
import { EMPTY_FILTERS, serializeViewState } from './calls-view-state'

/**
 * A new search: its filters, from page 1, with no drawer open; rows per page and sort are kept.
 * Its From and To are read in `timeZone` (the zone on screen), which the URL then carries.
 */
export const searchView = (
  view: CallsViewState,
  filters: FilterDraft,
  timeZone: string | null = view.timeZone,
): CallsViewState => ({
  ...view,
  filters,
  page: 1,
  callId: null,
  timeZone,
})

/** Another page size, on the page that holds the first row shown now, so the reader keeps place. */
export function resizedView(
  view: CallsViewState,
  shownPage: number,
  limit: number,
): CallsViewState {
  return { ...view, limit, page: Math.floor(((shownPage - 1) * view.limit) / limit) + 1 }
}

/** True when two views put the same query string in the URL (and so ask the same question). */
export const sameView = (a: CallsViewState, b: CallsViewState): boolean =>
  serializeViewState(a).toString() === serializeViewState(b).toString()

/**
 * The view with its From/To read in another zone: a new question (other instants), so from page 1
 * with no drawer open. Null when there are no days to read, and so nothing to ask again.
 */
export function rezonedView(view: CallsViewState, timeZone: string): CallsViewState | null {
  if (!view.filters.startdate && !view.filters.enddate) return null
  return { ...view, timeZone, page: 1, callId: null }
}
/** The filters a drawer's pivot sets: one value of the call, all other filters cleared. */
export type PivotParam = 'borrowerid' | 'loanid' | 'phonenumber'

/** "All calls for this borrower" (or loan, or number): a new search on that one value. */
export const pivotView = (view: CallsViewState, param: PivotParam, value: string): CallsViewState =>
  searchView(view, { ...EMPTY_FILTERS, [param]: value })
