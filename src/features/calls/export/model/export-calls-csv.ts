// The lazy entry of the export (see export-csv.tsx): import()ed on click, with papaparse behind it,
// and everything else that runs after the click (reading, naming and saving the file).
import { formatDayInZone } from '../../../../lib/dates'
import { saveFile } from '../../../../lib/save-file'
import { readAllCalls } from '../../api/read-all-calls'
import type { CallsRequest } from '../../api/calls-api'
import type { ErrorMessage } from '../../components/describe-error'
import type { FilterDraft } from '../../model/calls-view-state'
import type { ApiFilters } from '../../model/filter-validation'
import { callsCsvBlob } from './calls-csv'
import { csvFileName, exportNaming } from './csv-file-name'
import { describeExportError } from './describe-export-error'

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

export type ExportRun = ExportCallsOptions & {
  /** The same filters as typed: the file is named after their From/To days. */
  draft: FilterDraft
  /** When Export was pressed: the file is named after that day in `zone`. */
  startedAt: Date
  /** The API's failures in the results' words. */
  describe: (error: unknown) => ErrorMessage
}

/** How an export ended; null when it was cancelled (the signal aborted). */
export type ExportOutcome =
  { status: 'done'; fileName: string } | { status: 'error'; message: ErrorMessage }

/** One export from the click to the saved file, its failure in words. */
export async function runCallsExport(
  request: CallsRequest,
  filters: ApiFilters,
  { draft, startedAt, describe, ...options }: ExportRun,
): Promise<ExportOutcome | null> {
  try {
    const day = formatDayInZone(startedAt, options.zone)
    const fileName = csvFileName(exportNaming(draft, filters), day)
    const blob = await exportCallsCsv(request, filters, options)
    if (options.signal.aborted) return null
    saveFile(blob, fileName)
    return { status: 'done', fileName }
  } catch (error) {
    if (options.signal.aborted) return null
    return { status: 'error', message: describeExportError(error, describe) }
  }
}
