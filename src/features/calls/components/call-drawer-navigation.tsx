import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { WireCall } from '../../../contract/call-record-schema'
import type { CallStepping } from '../hooks/use-call-stepping'
import type { PivotParam } from '../model/view-transitions'

const PIVOTS: readonly { param: PivotParam; label: string; value: (call: WireCall) => string }[] = [
  { param: 'borrowerid', label: 'All calls for this borrower', value: (c) => c.borrowerId },
  { param: 'loanid', label: 'All calls for this loan', value: (c) => c.loanId },
  { param: 'phonenumber', label: 'All calls to this number', value: (c) => c.phoneNumber },
]

/** New searches on one value of the call; each adds a history entry, so Back returns here. */
export function CallPivots({
  call,
  onPivot,
}: {
  call: WireCall
  onPivot: (param: PivotParam, value: string) => void
}) {
  return (
    <div className="drawer-actions" role="group" aria-label="Related calls">
      {PIVOTS.map(({ param, label, value }) => (
        <button
          key={param}
          type="button"
          className="button"
          onClick={() => onPivot(param, value(call))}
        >
          {label}
        </button>
      ))}
    </div>
  )
}

/** Previous/Next call. A button that becomes disabled (the end of the result) hands focus on. */
export function CallStepper({ stepping }: { stepping: CallStepping }) {
  const previous = useRef<HTMLButtonElement>(null)
  const next = useRef<HTMLButtonElement>(null)
  const atStart = stepping.previous === null
  const atEnd = stepping.next === null
  useEffect(() => {
    // A disabled button cannot hold focus: it falls to the body. The other one takes it.
    const lost = (button: HTMLButtonElement | null) =>
      document.activeElement === button || document.activeElement === document.body
    if (atStart && lost(previous.current)) next.current?.focus()
    if (atEnd && lost(next.current)) previous.current?.focus()
  }, [atStart, atEnd])
  return (
    <div className="drawer-stepper">
      <div className="drawer-actions" role="group" aria-label="Step through the result">
        <button
          ref={previous}
          type="button"
          className="button"
          disabled={atStart}
          aria-keyshortcuts="ArrowLeft ArrowUp"
          onClick={stepping.previous ?? undefined}
        >
          Previous call
        </button>
        <button
          ref={next}
          type="button"
          className="button"
          disabled={atEnd}
          aria-keyshortcuts="ArrowRight ArrowDown"
          onClick={stepping.next ?? undefined}
        >
          Next call
        </button>
      </div>
      <p className="muted drawer-position" role="status">
        {stepping.position}
      </p>
      {stepping.problem && (
        <p className="notice notice-error" role="alert">
          {stepping.problem}
        </p>
      )}
    </div>
  )
}

/** The arrow keys step, unless focus is where the arrows already mean something (a text field). */
export function stepByArrowKey(stepping: CallStepping) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (usesArrowKeys(event.target)) return
    const action =
      event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? stepping.previous
        : event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? stepping.next
          : undefined
    if (action === undefined) return
    event.preventDefault()
    action?.()
  }
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image'])

function usesArrowKeys(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type)
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  )
}
