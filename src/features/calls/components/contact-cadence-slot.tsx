import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import { cadenceSubject } from '../model/cadence-subject'
import type { ContactCadenceProps } from './contact-cadence'

// The cadence block (its query, rules and figures) is a chunk of its own, fetched on the first
// search by loan or borrower: the first search after sign-in (all calls) neither loads nor waits
// for it.
const ContactCadence = lazy(() =>
  import('./contact-cadence').then((module) => ({ default: memo(module.ContactCadence) })),
)

/** Where the contact cadence goes on the calls page. */
export function ContactCadenceSlot({ request, filters, resultCalls, zone }: ContactCadenceProps) {
  // Drawn after the rows, in the background: the rows are what a search is for, and the cadence's
  // figures (counted over every call of the subject) would otherwise share their render.
  const shown = useDeferredValue(useMemo(() => ({ filters, resultCalls }), [filters, resultCalls]))
  // Once asked for it stays mounted (it shows nothing for a search without a loan or borrower).
  const subject = cadenceSubject(filters) !== null
  return (
    <LazySlot
      needed={subject}
      showFailure={subject}
      what="The contact cadence"
      label="Contact cadence"
    >
      <ContactCadence request={request} zone={zone} {...shown} />
    </LazySlot>
  )
}
