import type { CadenceSubject } from '../api/call-queries'
import type { ApiFilters } from './filter-validation'

/** One loan, else one borrower: a cadence is per debt, whatever the other filters say. */
export function cadenceSubject(filters: ApiFilters | null): CadenceSubject | null {
  if (filters?.loanid) return { loanid: filters.loanid }
  if (filters?.borrowerid) return { borrowerid: filters.borrowerid }
  return null
}
