import {
  BORROWER_ID,
  SAMPLE_LOAN_ID,
  isGuid,
  normalizeGuid,
  normalizePhoneNumber,
  type FilterParam,
} from '../../../contract/call-filters'
import { browserTimeZone, endOfLocalDay, parseLocalDay, startOfLocalDay } from '../../../lib/dates'
import type { FilterDraft } from './calls-view-state'

/** The filters exactly as the API receives them: canonical ids, 10-digit phone, exact instants. */
export type ApiFilters = Partial<Record<FilterParam, string>>
export type FilterErrors = Partial<Record<FilterParam, string>>

export type FilterValidation =
  { ok: true; apiFilters: ApiFilters } | { ok: false; errors: FilterErrors }

/**
 * The same rules the API applies (from the shared contract), checked before anything is sent, with
 * messages that use the form's own labels. "From" and "To" are whole days in `zone` (an IANA name;
 * the browser's own unless the caller shows times in another).
 */
export function validateFilters(
  draft: FilterDraft,
  zone: string = browserTimeZone(),
): FilterValidation {
  const errors: FilterErrors = {}
  const api: ApiFilters = {}
  const value = (name: FilterParam) => draft[name].trim()

  if (value('loanid')) {
    if (isGuid(value('loanid'))) api.loanid = normalizeGuid(value('loanid'))
    else errors.loanid = `Loan ID must be a GUID such as ${SAMPLE_LOAN_ID}.`
  }
  if (value('borrowerid')) {
    if (BORROWER_ID.test(value('borrowerid'))) api.borrowerid = value('borrowerid')
    else errors.borrowerid = 'Borrower ID can only hold letters, digits, "-" and "_" (up to 64).'
  }
  if (value('phonenumber')) {
    const digits = normalizePhoneNumber(value('phonenumber'))
    if (digits) api.phonenumber = digits
    else errors.phonenumber = 'Phone number needs 10 digits, such as (402) 555-0134.'
  }
  const from = parseLocalDay(value('startdate'), zone)
  const to = parseLocalDay(value('enddate'), zone)
  if (value('startdate') && !from) errors.startdate = 'From must be a date.'
  if (value('enddate') && !to) errors.enddate = 'To must be a date.'
  if (from && to && from > to) errors.startdate = 'From must be on or before To.'
  if (from) api.startdate = startOfLocalDay(from, zone)
  if (to) api.enddate = endOfLocalDay(to, zone)

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, apiFilters: api }
}
