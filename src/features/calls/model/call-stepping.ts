/** Which way the drawer steps through the result. */
export type StepDirection = 'previous' | 'next'

/**
 * Where a step from `callId` lands, in the rows as shown (`rows` is the page on screen, page
 * `page` of `pageCount`): another row of this page; the last row of the page before or the first of
 * the page after; or nowhere (null), at the very first or last call of the result, or when the call
 * is not on this page (a link to a call that another page holds).
 */
export type StepTarget =
  { kind: 'row'; callId: string } | { kind: 'page'; page: number; pick: 'first' | 'last' }

export function stepTarget(
  rows: readonly { callId: string }[],
  callId: string | null,
  page: number,
  /** null when the API did not say how many pages there are: a next page is tried. */
  pageCount: number | null,
  direction: StepDirection,
): StepTarget | null {
  const index = rows.findIndex((row) => row.callId === callId)
  if (index < 0) return null
  const to = direction === 'next' ? index + 1 : index - 1
  const row = rows[to]
  if (row) return { kind: 'row', callId: row.callId }
  if (direction === 'previous')
    return page > 1 ? { kind: 'page', page: page - 1, pick: 'last' } : null
  return pageCount === null || page < pageCount
    ? { kind: 'page', page: page + 1, pick: 'first' }
    : null
}

/** The 1-based place of `callId` in the whole result, from its page; null when not on it. */
export function resultPosition(
  rows: readonly { callId: string }[],
  callId: string | null,
  page: number,
  limit: number,
): number | null {
  const index = rows.findIndex((row) => row.callId === callId)
  return index < 0 ? null : (page - 1) * limit + index + 1
}
