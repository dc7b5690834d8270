import { lazy, Suspense, useState } from 'react'
import { ErrorBoundary } from '../../../components/ui/error-boundary'
import type { CallDetailDrawerProps } from './call-detail-drawer'

// The drawer (with its stepping and copy buttons) is a chunk of its own: the first search's rows do
// not need it. Asked for when a row is hovered or focused (preloadCallDetails), so it is usually
// there before the click; else on opening, or at once for a link that names an open call.
// Asked once (pointer-over fires on every cell); a failed import is asked again on the next try.
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
  // focus back to the row. While its code loads nothing is shown and focus stays on the row.
  const [needed, setNeeded] = useState(false)
  if (!needed && props.callId !== null) setNeeded(true)
  if (!needed) return null
  return (
    <ErrorBoundary
      fallback={() => (
        // A browser keeps a failed module import for the page's life: only a reload retries it.
        <div className="notice notice-error" role="alert">
          <p>
            The call details could not be loaded. Reload the page to try again; the filters are
            kept.
          </p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </div>
        </div>
      )}
    >
      <Suspense fallback={null}>
        <CallDetailDrawer {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
