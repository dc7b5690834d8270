import { memo } from 'react'
import { CheckboxMenu } from '../../../components/ui/checkbox-menu'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { isLastShown, withColumn } from '../model/column-choice'
import { CALL_COLUMNS, COLUMN_LABELS } from '../model/column-preference'

/**
 * "Columns": which fields the calls table shows, remembered on this device. Memoised: it has no
 * props, and the calls page re-renders on every page and search.
 */
export const CallColumnsMenu = memo(function CallColumnsMenu() {
  const { chosen, onScreen, tooNarrowFor, choose } = useColumnVisibility()
  return (
    <CheckboxMenu
      label="Columns"
      legend="Columns to show"
      options={CALL_COLUMNS.map((c) => ({
        id: c,
        label: COLUMN_LABELS[c],
        checked: chosen[c],
        locked: isLastShown(chosen, c, tooNarrowFor),
        // Chosen or not, this screen leaves it out: the box says what is chosen, the note why the
        // table does not show it.
        note: tooNarrowFor.includes(c) && !onScreen[c] ? 'Not shown at this width' : undefined,
      }))}
      onChange={(id, shown) => {
        const column = CALL_COLUMNS.find((c) => c === id)
        if (column) choose(withColumn(chosen, column, shown, tooNarrowFor))
      }}
      lockedNote="The table always shows at least one column."
    />
  )
})
