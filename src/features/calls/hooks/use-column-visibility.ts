import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useDevicePreference } from '../../../lib/device-preference'
import {
  columnsOnScreen,
  NARROW_SCREEN_COLUMNS,
  parseColumnPreference,
  serializeColumnPreference,
  type CallColumn,
  type ColumnVisibility,
} from '../model/column-preference'

const KEY = 'calltracking.columns'

export type ColumnChoice = {
  /** The columns chosen, remembered on this device. */
  chosen: ColumnVisibility
  /** The columns the table shows: the chosen ones this screen has room for. */
  onScreen: ColumnVisibility
  /** The columns this screen is too narrow for, whatever is chosen. */
  tooNarrowFor: readonly CallColumn[]
  choose: (next: ColumnVisibility) => void
}

/** The calls table's columns, remembered on this device; the table and its menu share them. */
export function useColumnVisibility(): ColumnChoice {
  const [stored, store] = useDevicePreference(KEY)
  const chosen = useMemo(() => parseColumnPreference(stored), [stored])
  // Read through the media queries CSS would use; as a string, so an unchanged reading is the
  // same snapshot.
  const narrow = useSyncExternalStore(subscribeToWidth, narrowColumns, () => '')
  const tooNarrowFor = useMemo(
    () => NARROW_SCREEN_COLUMNS.map((n) => n.column).filter((c) => narrow.split(' ').includes(c)),
    [narrow],
  )
  const onScreen = useMemo(() => columnsOnScreen(chosen, tooNarrowFor), [chosen, tooNarrowFor])
  const choose = useCallback(
    (next: ColumnVisibility) => store(serializeColumnPreference(next)),
    [store],
  )
  return { chosen, onScreen, tooNarrowFor, choose }
}

// Made once and read live (`matches` follows the window): the table reads them on every render,
// Next page clicks included. jsdom has no matchMedia: there every column has room.
let lists: MediaQueryList[] | undefined
const mediaLists = () =>
  (lists ??= window.matchMedia
    ? NARROW_SCREEN_COLUMNS.map(({ query }) => window.matchMedia(query))
    : [])

const narrowColumns = () =>
  mediaLists()
    .map((list, i) => (list.matches ? NARROW_SCREEN_COLUMNS[i]?.column : ''))
    .join(' ')

function subscribeToWidth(listener: () => void) {
  const lists = mediaLists()
  for (const list of lists) list.addEventListener('change', listener)
  return () => {
    for (const list of lists) list.removeEventListener('change', listener)
  }
}
