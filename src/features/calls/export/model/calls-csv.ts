// Loaded with import() when the user clicks Export CSV: papaparse and the CSV building stay out of
// the first load's JavaScript.
import Papa from 'papaparse'
import type { WireCall } from '../../../../contract/call-record-schema'
import { csvHeader, csvRow } from './csv-columns'

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF'
const NEWLINE = '\r\n'

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV Injection"): =, +, -, @, tab and CR, plus a
 * leading BOM (which a reader may strip before looking) and the full-width ＝ ＋ － ＠ (which some
 * locales' spreadsheets take as their ASCII forms). papaparse's own `escapeFormulae: true` is
 * /^[=+\-@\t\r].*$/: without the `s` flag `.` stops at a line break, so "=cmd\n…" would slip
 * through; matching the first character alone does not.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFEFF\uFF1D\uFF0B\uFF0D\uFF20]/

const unparse = (rows: string[][]) =>
  // papaparse quotes (RFC 4180) and prefixes a formula cell with ' inside quotes.
  Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: NEWLINE, header: false })

/** The header line, BOM first, as the file begins. */
export const csvPreamble = (zone: string): string => UTF8_BOM + unparse([csvHeader(zone)]) + NEWLINE

/** One page of calls as CSV lines, each ending in CRLF. */
export const csvLines = (calls: readonly WireCall[], zone: string): string =>
  calls.length === 0 ? '' : unparse(calls.map((call) => csvRow(call, zone))) + NEWLINE

export type CsvProgress = { written: number }

/**
 * The whole file from pages of calls, as a Blob of per-page parts: each page's text becomes a Blob
 * at once (the browser keeps Blob bytes outside the JS heap), so memory stays flat however many
 * calls there are, and no single string ever holds the file.
 */
export async function callsCsvBlob(
  pages: AsyncIterable<readonly WireCall[]>,
  zone: string,
  onProgress: (progress: CsvProgress) => void,
): Promise<Blob> {
  const parts: Blob[] = [new Blob([csvPreamble(zone)])]
  let written = 0
  for await (const calls of pages) {
    parts.push(new Blob([csvLines(calls, zone)]))
    written += calls.length
    onProgress({ written })
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' })
}
