import { onTestFinished, vi } from 'vitest'
import { SEARCH_GRACE_MS } from '../features/calls/components/calls-page'

/**
 * A search's wait for its answer (CallsPage.search), held: its timer is kept here, told apart from
 * other timers of the same length by where it was set (settled-or-after.ts), and runs only when
 * the test says the time is up. So a test decides, rather than the machine's speed, whether an
 * answer came within the moment. Undone by vi.restoreAllMocks().
 */
export function holdTheSearchWait() {
  const realSetTimeout = globalThis.setTimeout
  const held: (() => void)[] = []
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    run: () => void,
    ms?: number,
    ...rest: unknown[]
  ) => {
    if (ms === SEARCH_GRACE_MS && new Error().stack?.includes('settled-or-after')) {
      held.push(run)
      return 0
    }
    return realSetTimeout(run, ms, ...rest)
  }) as typeof setTimeout)
  return {
    timeIsUp: () => held.splice(0).forEach((run) => run()),
    waiting: () => held.length,
  }
}

/** Every text the results' progress line says from now on (it is empty until something loads). */
export function progressSaid(): string[] {
  const region = document.querySelector('#results .busy')
  if (!region) throw new Error('no progress line (#results .busy) on the page')
  const said: string[] = []
  const observer = new MutationObserver(() => said.push(region.textContent ?? ''))
  observer.observe(region, { childList: true, characterData: true, subtree: true })
  onTestFinished(() => observer.disconnect())
  return said
}
