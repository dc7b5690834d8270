import { formatCount } from '../../../lib/format-count'

/**
 * The count line above the table: which calls of how many are on screen ("21–40 of 1,870 calls").
 * Exact or silent: while the total is unknown it says "of …", never a guess.
 */
export function resultRange(
  page: number,
  limit: number,
  rowsOnPage: number,
  total: number | null,
): string {
  const of = total === null ? '…' : `${formatCount(total)} ${total === 1 ? 'call' : 'calls'}`
  if (rowsOnPage === 0) return total === null ? 'No calls on this page' : `0 of ${of}`
  const first = (page - 1) * limit + 1
  const last = first + rowsOnPage - 1
  const range = first === last ? formatCount(first) : `${formatCount(first)}–${formatCount(last)}`
  return `${range} of ${of}`
}
