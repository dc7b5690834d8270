import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import { useRuntimeConfig } from '../../../config/runtime-config-context'
import { DEFAULT_CONTACT_CADENCE } from '../../../contract/contact-cadence-config'
import { cadenceSubject } from '../model/cadence-subject'
import type { ContactCadenceProps } from './contact-cadence'
import { CadencePending, ContactCadenceFrame } from './contact-cadence-frame'

// The cadence's figures (their query, rules and rendering) are a chunk of their own, fetched on the
// first search by loan or borrower: the first search after sign-in (all calls) neither loads nor
// waits for it.
const ContactCadence = lazy(() =>
  import('./contact-cadence').then((module) => ({ default: memo(module.ContactCadence) })),
)

type ContactCadenceSlotProps = Omit<ContactCadenceProps, 'resultCalls' | 'figuresReady'> & {
  /** The calls the result shows; null while the search's first rows are on their way. */
  resultCalls: ContactCadenceProps['resultCalls'] | null
}

/**
 * Where the contact cadence goes on the calls page, above the table. Its section appears with the
 * search (from the filters as submitted), holding one loan's place until the figures are known, so
 * the table moves, if at all, when the user acts rather than while they aim at a row.
 */
export function ContactCadenceSlot({
  request,
  filters,
  resultCalls,
  zone,
}: ContactCadenceSlotProps) {
  const rules = useRuntimeConfig().contactCadence ?? DEFAULT_CONTACT_CADENCE
  // The figures are drawn after the rows, in the background: the rows are what a search is for,
  // and the figures (counted over every call of the subject) would otherwise share their render.
  const shown = useDeferredValue(useMemo(() => ({ filters, resultCalls }), [filters, resultCalls]))
  const subject = cadenceSubject(filters)
  if (subject === null) return null
  // Until the background render has this search's filters and rows, the waiting block stands in:
  // not the previous subject's loans under this search's heading, and not "no calls" before the
  // result has named the loans that have none in the window.
  const caughtUp =
    shown.resultCalls !== null &&
    JSON.stringify(cadenceSubject(shown.filters)) === JSON.stringify(subject)
  return (
    <ContactCadenceFrame rules={rules}>
      <LazySlot
        needed
        inline
        what="The contact cadence"
        placeholder={<CadencePending windowDays={rules.windowDays} />}
      >
        {/* The deferred filters: the window's calls are asked for just after the search's rows,
            in the background render that follows it, not ahead of them. */}
        <ContactCadence
          request={request}
          zone={zone}
          filters={shown.filters}
          resultCalls={shown.resultCalls ?? NO_CALLS}
          figuresReady={caughtUp}
        />
      </LazySlot>
    </ContactCadenceFrame>
  )
}

const NO_CALLS: ContactCadenceProps['resultCalls'] = []
