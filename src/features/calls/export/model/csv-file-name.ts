import type { FilterParam } from '../../../../contract/call-filters'
import type { FilterDraft } from '../../model/calls-view-state'
import type { ApiFilters } from '../../model/filter-validation'

/**
 * What the file is named after: the filters as the API receives them (canonical loan id, 10-digit
 * phone) and the From/To days as typed, each only when set.
 */
export type ExportNaming = Partial<
  Record<Exclude<FilterParam, 'startdate' | 'enddate'>, string>
> & {
  from?: string
  to?: string
}

// Ids are already restricted by the filter rules; this keeps any other character out of a file name.
const safe = (value: string) => value.replace(/[^A-Za-z0-9_-]+/g, '-')

/**
 * "calls_borrower-100000001_2026-11-01_2026-11-28.csv": the filters in a fixed order, then the
 * dates the file covers. Without a To, it ends with the export day (the data runs up to then);
 * without any date, the export day alone says when the file was taken.
 */
export function csvFileName(naming: ExportNaming, exportDay: string): string {
  const parts = ['calls']
  if (naming.borrowerid) parts.push(`borrower-${safe(naming.borrowerid)}`)
  if (naming.loanid) parts.push(`loan-${safe(naming.loanid)}`)
  if (naming.phonenumber) parts.push(`phone-${safe(naming.phonenumber)}`)
  if (parts.length === 1) parts.push('all')
  if (naming.from) parts.push(naming.from, naming.to ?? exportDay)
  else if (naming.to) parts.push(`until-${naming.to}`)
  else parts.push(exportDay)
  return `${parts.join('_')}.csv`
}

/** The ids as the API received them, the days as typed (the API's instants depend on the zone). */
export const exportNaming = (draft: FilterDraft, filters: ApiFilters): ExportNaming => ({
  borrowerid: filters.borrowerid,
  loanid: filters.loanid,
  phonenumber: filters.phonenumber,
  from: filters.startdate ? draft.startdate.trim() : undefined,
  to: filters.enddate ? draft.enddate.trim() : undefined,
})
