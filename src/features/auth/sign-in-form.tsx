import { useId, useState, type FormEvent } from 'react'
import { useRuntimeConfig } from '../../config/runtime-config-context'
import { TENANCY_ID } from '../../contract/tenancy'
import { useSession } from './session-context'

type Field = 'accessToken' | 'tenantId' | 'servicerId'
const LABELS: Record<Field, string> = {
  accessToken: 'Access token',
  tenantId: 'Tenant ID',
  servicerId: 'Servicer ID',
}

export function SignInForm() {
  const { signIn, notice } = useSession()
  const { demoCredentials } = useRuntimeConfig()
  const [values, setValues] = useState<Record<Field, string>>({
    accessToken: demoCredentials?.accessToken ?? '',
    tenantId: demoCredentials?.tenantId ?? '',
    servicerId: demoCredentials?.servicerId ?? '',
  })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const id = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const trimmed = {
      accessToken: values.accessToken.trim(),
      tenantId: values.tenantId.trim(),
      servicerId: values.servicerId.trim(),
    }
    const next: Partial<Record<Field, string>> = {}
    if (!trimmed.accessToken) next.accessToken = 'Enter the access token.'
    if (!TENANCY_ID.test(trimmed.tenantId)) next.tenantId = 'Tenant ID is a number, such as 314.'
    if (!TENANCY_ID.test(trimmed.servicerId))
      next.servicerId = 'Servicer ID is a number, such as 2.'
    setErrors(next)
    const first = (Object.keys(LABELS) as Field[]).find((f) => next[f])
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    signIn(trimmed)
  }

  return (
    <main className="sign-in">
      <h1>Call history</h1>
      <form
        className="card sign-in-form"
        onSubmit={submit}
        noValidate
        aria-labelledby={`${id}-title`}
      >
        <h2 id={`${id}-title`}>Sign in</h2>
        {notice && (
          <p className="notice notice-warning" role="alert">
            {notice}
          </p>
        )}
        {demoCredentials && (
          <p className="hint">Demo credentials for the reference API are filled in.</p>
        )}
        {(Object.keys(LABELS) as Field[]).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{LABELS[field]}</label>
            <input
              id={`${id}-${field}`}
              name={field}
              type={field === 'accessToken' ? 'password' : 'text'}
              inputMode={field === 'accessToken' ? undefined : 'numeric'}
              autoComplete={field === 'accessToken' ? 'current-password' : 'off'}
              value={values[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
            {errors[field] && (
              <p className="field-error" id={`${id}-${field}-error`}>
                {errors[field]}
              </p>
            )}
          </div>
        ))}
        <button type="submit" className="button button-primary">
          Sign in
        </button>
      </form>
    </main>
  )
}
