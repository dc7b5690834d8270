import { lazy, memo, useEffect, type ComponentType } from 'react'
import { LazySlot } from '../../../components/ui/lazy-slot'
import { useRuntimeConfig } from '../../../config/runtime-config-context'
import { DEFAULT_CONTACT_CADENCE } from '../../../contract/contact-cadence-config'
import { cadenceSubject } from '../model/cadence-subject'
import type { ContactCadenceProps } from './contact-cadence'
import { CadencePending, ContactCadenceFrame } from './contact-cadence-frame'

// The cadence's figures (their query, rules and rendering) are a chunk of their own: the first
// search after sign-in (all calls) neither loads nor waits for it. Once rows are on screen it is
// fetched when the browser is idle, or on focus in the search form, whichever is first, so a
// search by loan or borrower finds it there and its figures can arrive with the rows; at the
// latest, on that search.
let LoadedCadence: ComponentType<ContactCadenceProps> | null = null
// The reader of the window's calls comes with it (its query imports it on first use).
const importCadence = () =>
  Promise.all([import('./contact-cadence'), import('../api/read-all-calls')]).then(
    ([module]) => (LoadedCadence ??= memo(module.ContactCadence)),
  )
// Only until the chunk is in: a lazy component suspends on its first render even when its module
// has already arrived, and React holds the content back behind the fallback for a while (~300 ms),
// so the figures' query would start after the rows had come.
const LazyCadence = lazy(() => importCadence().then((component) => ({ default: component })))
let preloaded = false
function preload() {
  if (preloaded) return
  preloaded = true
  importCadence().catch(() => (preloaded = false))
}
function preloadWhenIdle() {
  if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 3000 })
  else setTimeout(preload, 1000)
}
/** Focus in the search form: a search by loan or borrower may be a moment away. */
function preloadOnFormFocus(event: FocusEvent) {
  if (event.target instanceof Element && event.target.closest('form[role=search]')) preload()
}

/**
 * Where the contact cadence goes on the calls page, above the table. Its section appears with the
 * search (from the filters as submitted), holding one loan's place; its figures come in the same
 * commit as the rows. So the table moves, if at all, when the user acts or as its rows appear, not
 * while they aim at a row.
 */
export function ContactCadenceSlot({ request, filters, resultCalls, zone }: ContactCadenceProps) {
  const rules = useRuntimeConfig().contactCadence ?? DEFAULT_CONTACT_CADENCE
  const rowsShown = resultCalls !== null
  useEffect(() => {
    if (!rowsShown) return
    preloadWhenIdle()
    // Focus in the form asks at once, but only with rows on screen: before them (signing in puts
    // focus there) the first search's own requests come first.
    document.addEventListener('focusin', preloadOnFormFocus)
    return () => document.removeEventListener('focusin', preloadOnFormFocus)
  }, [rowsShown])
  const subject = cadenceSubject(filters)
  if (subject === null) return null
  // Once the chunk is in, the loaded component itself; the one switch from the lazy one remounts
  // the figures once (their calls stay in the query cache).
  const ContactCadence = LoadedCadence ?? LazyCadence
  return (
    <ContactCadenceFrame rules={rules}>
      <LazySlot
        needed
        inline
        what="The contact cadence"
        placeholder={<CadencePending windowDays={rules.windowDays} />}
      >
        {/* Drawn with the rows, in the same commit (not in a background render after them): if
            the figures are taller than the waiting block, the table moves as its rows appear,
            never under a pointer already on its way to one. Their query is one small read. */}
        <ContactCadence request={request} zone={zone} filters={filters} resultCalls={resultCalls} />
      </LazySlot>
    </ContactCadenceFrame>
  )
}
