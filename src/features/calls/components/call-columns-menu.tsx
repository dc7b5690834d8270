import { memo } from 'react'
import { CheckboxMenu } from '../../../components/ui/checkbox-menu'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { CALL_COLUMNS, COLUMN_LABELS, isLastShown } from '../model/column-preference'

/**
 * "Columns": which fields the calls table shows, remembered on this device. Memoised: it has no
 * props, and the calls page re-renders on every page and search.
 */
export const CallColumnsMenu = memo(function CallColumnsMenu() {
  const [visibility, setShown] = useColumnVisibility()
  return (
    <CheckboxMenu
      label="Columns"
      legend="Columns shown"
      options={CALL_COLUMNS.map((c) => ({
        id: c,
        label: COLUMN_LABELS[c],
        checked: visibility[c],
        locked: isLastShown(visibility, c),
      }))}
      onChange={(id, shown) => {
        const column = CALL_COLUMNS.find((c) => c === id)
        if (column) setShown(column, shown)
      }}
      lockedNote="The table always shows at least one column."
    />
  )
})
