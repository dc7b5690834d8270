// The lazy entry of the export (see export-csv.tsx): import()ed on click, with papaparse behind it.
import { readAllCalls } from '../../api/read-all-calls'
import type { CallsRequest } from '../../api/calls-api'
import type { ApiFilters } from '../../model/filter-validation'
import { callsCsvBlob } from './calls-csv'

// Loaded with the rest: only an export that ran can fail this way.
export { describeExportError } from './describe-export-error'

export type ExportCallsOptions = {
  zone: string
  signal: AbortSignal
  /** The exact number of calls, once the API has said it (before the first row is written). */
  onTotal: (total: number) => void
  onProgress: (written: number) => void
}

/**
 * Every call matching `filters`, read a few pages at a time in order and written as they come:
 * no cap. A short read throws (IncompleteReadError), so a partial file is never offered as whole.
 */
export function exportCallsCsv(
  request: CallsRequest,
  filters: ApiFilters,
  { zone, signal, onTotal, onProgress }: ExportCallsOptions,
): Promise<Blob> {
  const pages = readAllCalls(request, filters, { signal, onTotal })
  return callsCsvBlob(pages, zone, ({ written }) => onProgress(written))
}
