import { lazy, Suspense, useState } from 'react'
import { ErrorBoundary } from '../../../components/ui/error-boundary'
import { cadenceSubject } from '../model/cadence-subject'
import type { ContactCadenceProps } from './contact-cadence'

// The cadence block (its query, rules and figures) is a chunk of its own, fetched on the first
// search by loan or borrower: the first search after sign-in (all calls) neither loads nor waits
// for it.
const ContactCadence = lazy(() =>
  import('./contact-cadence').then((module) => ({ default: module.ContactCadence })),
)

/** Where the contact cadence goes on the calls page. */
export function ContactCadenceSlot(props: ContactCadenceProps) {
  // Once asked for it stays mounted (it shows nothing for a search without a loan or borrower).
  const [needed, setNeeded] = useState(false)
  if (!needed && cadenceSubject(props.filters) !== null) setNeeded(true)
  if (!needed) return null
  return (
    <ErrorBoundary
      fallback={() => (
        // A browser keeps a failed module import for the page's life: only a reload retries it.
        <section className="card notice notice-error" role="alert" aria-label="Contact cadence">
          <p>
            The contact cadence could not be loaded. Reload the page to try again; the filters are
            kept.
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
        <ContactCadence {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
