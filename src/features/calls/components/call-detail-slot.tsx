import { lazy } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import type { CallDetailDrawerProps } from './call-detail-drawer'

// The drawer (with its stepping and copy buttons) is a chunk of its own: the first search's rows do
// not need it. Asked for when a row is hovered or focused (preloadCallDetails), so it is usually
// there before the click; else on opening, or at once for a link that names an open call.
// Asked once (pointer-over fires on every cell). A failed preload is forgotten, so opening a call
// asks again; a failed import inside React.lazy is kept for the page's life (LazySlot says so).
let drawerModule: ReturnType<typeof fetchDrawer> | null = null
const fetchDrawer = () => import('./call-detail-drawer')
const importDrawer = () => {
  drawerModule ??= fetchDrawer().catch((error: unknown) => {
    drawerModule = null
    throw error
  })
  return drawerModule
}
const CallDetailDrawer = lazy(() =>
  importDrawer().then((module) => ({ default: module.CallDetailDrawer })),
)

/** Starts fetching the drawer's code. */
export function preloadCallDetails() {
  // A failure here is not the user's yet: opening a call asks again, and says so if it fails.
  importDrawer().catch(() => {})
}

/** Where the call detail drawer goes on the calls page. */
export function CallDetailSlot(props: CallDetailDrawerProps) {
  // Once opened, the drawer stays mounted: closing it (Back, Esc) is its <dialog>'s own, which hands
  // focus back to the row. A failure to load is said only while a call is open.
  const open = props.callId !== null
  return (
    <LazySlot needed={open} showFailure={open} what="The call details">
      <CallDetailDrawer {...props} />
    </LazySlot>
  )
}
