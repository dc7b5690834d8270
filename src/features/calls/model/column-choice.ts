// Changing the choice of columns: only the Columns menu does (a chunk of its own), so these are
// apart from what the table reads on every load (column-preference.ts).
import {
  CALL_COLUMNS,
  columnsOnScreen,
  type CallColumn,
  type ColumnVisibility,
} from './column-preference'

/** True when `column` is the only one on screen, so its checkbox cannot turn it off. */
export function isLastShown(
  v: ColumnVisibility,
  column: CallColumn,
  tooNarrowFor: readonly CallColumn[],
): boolean {
  const onScreen = columnsOnScreen(v, tooNarrowFor)
  return onScreen[column] && CALL_COLUMNS.filter((c) => onScreen[c]).length === 1
}

/**
 * `column` shown or hidden. Hiding the last column on screen is refused (the table keeps one), and
 * so is hiding the last column chosen at all.
 */
export function withColumn(
  v: ColumnVisibility,
  column: CallColumn,
  shown: boolean,
  tooNarrowFor: readonly CallColumn[],
): ColumnVisibility {
  // The last column chosen at all is always on screen (see columnsOnScreen): this covers it too.
  return !shown && isLastShown(v, column, tooNarrowFor) ? v : { ...v, [column]: shown }
}
