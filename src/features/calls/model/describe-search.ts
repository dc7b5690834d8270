import type { FilterDraft } from './calls-view-state'

const LABELS: Record<keyof FilterDraft, string> = {
  loanid: 'Loan ID',
  borrowerid: 'Borrower ID',
  phonenumber: 'Phone number',
  startdate: 'From',
  enddate: 'To',
}

/** How a search with no filters is named. */
export const ALL_CALLS = 'all calls'

/**
 * The search in the words of the form ("Borrower ID 100000001, From 2026-03-01"), so loading and
 * failure messages name what was asked for; "all calls" when nothing narrows it.
 */
export function describeSearch(filters: FilterDraft): string {
  const parts = (Object.keys(LABELS) as (keyof FilterDraft)[])
    .filter((name) => filters[name])
    .map((name) => `${LABELS[name]} ${filters[name]}`)
  return parts.length > 0 ? parts.join(', ') : ALL_CALLS
}

const TITLE_LABELS: Record<keyof FilterDraft, string> = {
  loanid: 'Loan',
  borrowerid: 'Borrower',
  phonenumber: 'Phone',
  startdate: 'From',
  enddate: 'To',
}

/** The app's name, last in every tab title. */
export const APP_TITLE = 'Call history'

/**
 * The browser tab's title: the search first, so a row of tabs tells searches apart
 * ("Borrower 100000001 · Call history", "All calls · Call history").
 */
export function searchTitle(filters: FilterDraft): string {
  const parts = (Object.keys(TITLE_LABELS) as (keyof FilterDraft)[])
    .filter((name) => filters[name])
    .map((name) => `${TITLE_LABELS[name]} ${filters[name]}`)
  return `${parts.length > 0 ? parts.join(', ') : 'All calls'} · ${APP_TITLE}`
}
