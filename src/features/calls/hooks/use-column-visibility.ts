import { useCallback, useMemo } from 'react'
import { useDevicePreference } from '../../../lib/device-preference'
import {
  parseColumnPreference,
  serializeColumnPreference,
  withColumn,
  type CallColumn,
  type ColumnVisibility,
} from '../model/column-preference'

const KEY = 'calltracking.columns'

/** The calls table's shown columns, remembered on this device; the table and its menu share them. */
export function useColumnVisibility(): [
  ColumnVisibility,
  (column: CallColumn, shown: boolean) => void,
] {
  const [stored, store] = useDevicePreference(KEY)
  const visibility = useMemo(() => parseColumnPreference(stored), [stored])
  const setShown = useCallback(
    (column: CallColumn, shown: boolean) =>
      store(serializeColumnPreference(withColumn(visibility, column, shown))),
    [store, visibility],
  )
  return [visibility, setShown]
}
