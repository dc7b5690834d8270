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
  // Each opening mounts the dialog afresh (its key), so it starts empty and opens itself. A click
  // while the code loads mounts it again, harmlessly: there is one import. After a failed load each
  // click says so again (the boundary is keyed too) instead of leaving a dead button.
  const [openings, setOpenings] = useState(0)
  if (!session) return null
  return (
    <>
      <button type="button" className="button" onClick={() => setOpenings((n) => n + 1)}>
        Switch servicer
      </button>
      {openings > 0 && (
        <ErrorBoundary
          resetKey={openings}
          fallback={() => (
            // A browser keeps a failed module import for the page's life: only a reload retries it.
            <p className="field-error" role="alert">
              Switch servicer could not be loaded. Reload the page to try again.
            </p>
          )}
        >
          <Suspense fallback={null}>
            <SwitchServicerDialog key={openings} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}
