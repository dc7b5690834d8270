import { lazy, Suspense, useState } from 'react'
import { ErrorBoundary } from '../../../components/ui/error-boundary'
import type { CallsSummaryProps } from './calls-summary'

// The summary (and, from it, the chart) is a chunk of its own, asked for once a first result is
// counted: the first search neither loads nor waits for it.
const CallsSummary = lazy(() =>
  import('./calls-summary').then((module) => ({ default: module.CallsSummary })),
)

/** Where the summary goes on the calls page. */
export function CallsSummarySlot(props: CallsSummaryProps) {
  // Once shown, it stays while later searches are counted, so the results below do not jump.
  const [needed, setNeeded] = useState(false)
  if (!needed && props.total !== null) setNeeded(true)
  if (!needed) return null
  return (
    <ErrorBoundary
      fallback={() => (
        // A browser keeps a failed module import for the page's life: only a reload retries it.
        <section className="card notice notice-error" role="alert" aria-label="Summary">
          <p>
            The summary could not be loaded. Reload the page to try again; the filters are kept.
          </p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </div>
        </section>
      )}
    >
      <Suspense fallback={null}>
        <CallsSummary {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
