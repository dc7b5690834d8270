import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import * as v from 'valibot'
import { useRuntimeConfig } from '../../config/runtime-config-context'
import { CALLS_PATH } from '../../contract/api-paths'
import { TENANCY_ID } from '../../contract/tenancy'
import { isApiError } from '../../lib/api-error'
import { useSession } from './session-context'

// Any 2xx answer proves the entitlement; what the page holds is not read here.
const anyBody = v.unknown()

/**
 * The dialog of "Switch servicer": the same token, acting for another servicer of the same tenant,
 * without signing out. The API is asked first (one call, limit=1), so a servicer the token is not
 * entitled to is said here and the dashboard stays where it was. Mounted afresh for each opening
 * (the owner keys it), so it opens at once, empty.
 */
export function SwitchServicerDialog() {
  const { session, switchServicer } = useSession()
  const { api } = useRuntimeConfig()
  const dialog = useRef<HTMLDialogElement>(null)
  const checkInFlight = useRef<AbortController | null>(null)
  const id = useId()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  // The form exists only while the dialog is open: its "Servicer ID" never competes with another.
  const [open, setOpen] = useState(true)
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal()
  }, [open])
  if (!session) return null

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!session) return
    const servicerId = value.trim()
    if (!TENANCY_ID.test(servicerId)) return setError('Servicer ID is a number, such as 3.')
    if (servicerId === session.servicerId)
      return setError(`You are already working for servicer ${servicerId}.`)
    setChecking(true)
    setError(null)
    // Closing the dialog (Cancel, Esc) while the check runs abandons it: no switch the user backed
    // out of happens behind their back.
    const check = new AbortController()
    checkInFlight.current = check
    try {
      await api.get({ ...session, servicerId }, `${CALLS_PATH}?limit=1`, anyBody, check.signal)
      if (check.signal.aborted) return
      dialog.current?.close()
      switchServicer(servicerId)
    } catch (failure) {
      if (check.signal.aborted) return
      setError(
        isApiError(failure) && failure.status === 403
          ? `This token is not entitled to servicer ${servicerId} of tenant ${session.tenantId}.`
          : `Could not check servicer ${servicerId}: ${failure instanceof Error ? failure.message : String(failure)} Try again.`,
      )
    } finally {
      setChecking(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="small-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        checkInFlight.current?.abort()
        setOpen(false)
      }}
    >
      {open && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2 id={`${id}-title`}>Switch servicer</h2>
          <p className="hint">
            Tenant {session.tenantId}, now servicer {session.servicerId}. The calls on screen are
            forgotten when you switch.
          </p>
          <div className="field">
            <label htmlFor={`${id}-servicer`}>Servicer ID</label>
            <input
              id={`${id}-servicer`}
              inputMode="numeric"
              autoComplete="off"
              value={value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setValue(e.target.value)}
            />
            {error && (
              <p className="field-error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" disabled={checking}>
              {checking ? 'Checking…' : 'Switch'}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
