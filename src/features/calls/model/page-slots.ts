/**
 * Two tables' worth of rows: the page on screen, and the next page drawn ahead of time in a second,
 * hidden table. "Next page" then only swaps which table shows; the new rows' text was laid out
 * and painted before the click, which is most of a click's cost in place (traced: ~10 ms of the
 * frame for 20 rows of new text; ~4 ms for a swap of two layers' opacity, docs/performance.md).
 */
export type PageSlots<Row> = {
  readonly pages: readonly [Row[] | null, Row[] | null]
  /** The slot on screen. */
  readonly shown: 0 | 1
}

export const NO_PAGES: PageSlots<never> = { pages: [null, null], shown: 0 }

/**
 * The same rows in the same order. Another read of a cached page (re-sorted, sliced) is another
 * array of the same row objects, so rows are compared one by one, not the arrays.
 */
export function sameRows<Row>(a: readonly Row[] | null, b: readonly Row[] | null): boolean {
  if (!a || !b || a.length !== b.length) return false
  return a.every((row, i) => row === b[i])
}

/**
 * Where `current` (the rows to show) and `ahead` (the page after them, when at hand) go. `current`
 * already drawn in the hidden slot: that slot is shown, and nothing is drawn again. Otherwise it
 * replaces the rows on screen, in place. `ahead` then takes the hidden slot. A slot whose rows do
 * not change keeps its array, so its table is not rendered again; with nothing to change the same
 * `slots` come back. With no `ahead`, the hidden slot keeps the page it had (the one just left,
 * ready for "Previous page"): emptying it would cost a click the removal of a whole table.
 */
export function placePages<Row>(
  slots: PageSlots<Row>,
  current: Row[],
  ahead: Row[] | null,
): PageSlots<Row> {
  const pages: [Row[] | null, Row[] | null] = [...slots.pages]
  let shown = slots.shown
  if (!sameRows(pages[shown], current)) {
    const other = shown === 0 ? 1 : 0
    if (sameRows(pages[other], current)) shown = other
    else pages[shown] = current
  }
  const hidden = shown === 0 ? 1 : 0
  if (ahead && !sameRows(ahead, current) && !sameRows(pages[hidden], ahead)) pages[hidden] = ahead
  return shown === slots.shown && pages[0] === slots.pages[0] && pages[1] === slots.pages[1]
    ? slots
    : { pages, shown }
}

/**
 * The slots with nothing drawn ahead, for pages too large to draw ahead: the hidden table would
 * only hold an old page, to be drawn again with every change of columns, zone or order.
 */
export function withoutAhead<Row>(slots: PageSlots<Row>): PageSlots<Row> {
  const hidden = slots.shown === 0 ? 1 : 0
  if (slots.pages[hidden] === null) return slots
  const pages: [Row[] | null, Row[] | null] = [...slots.pages]
  pages[hidden] = null
  return { pages, shown: slots.shown }
}
