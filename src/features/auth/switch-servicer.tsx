import { lazy, Suspense, useState } from 'react'
import { ErrorBoundary } from '../../components/ui/error-boundary'
import { useSession } from './session-context'

// The dialog is a chunk of its own, fetched on the first click: the first search never needs it.
const SwitchServicerDialog = lazy(() =>
  import('./switch-servicer-dialog').then((module) => ({ default: module.SwitchServicerDialog })),
)

/** The "Switch servicer" button of the header, and its dialog once asked for. */
export function SwitchServicer() {
  const { session } = useSession()
  // Each opening mounts the dialog afresh (its key), so it starts empty and opens itself.
  const [openings, setOpenings] = useState(0)
  const [open, setOpen] = useState(false)
  if (!session) return null
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          // A second click while the dialog's code loads is the same request, not another.
          if (open) return
          setOpen(true)
          setOpenings((n) => n + 1)
        }}
      >
        Switch servicer
      </button>
      {openings > 0 && (
        <ErrorBoundary
          fallback={() => (
            // A browser keeps a failed module import for the page's life: only a reload retries it.
            <p className="field-error" role="alert">
              Switch servicer could not be loaded. Reload the page to try again.
            </p>
          )}
        >
          <Suspense fallback={null}>
            <SwitchServicerDialog key={openings} onClosed={() => setOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}
