import { useId, useState, type FormEvent } from 'react'
import type { FilterParam } from '../../../contract/call-filters'
import type { FilterDraft } from '../model/calls-view-state'
import { validateFilters, type FilterErrors } from '../model/filter-validation'

const FIELDS: readonly {
  name: FilterParam
  label: string
  type: 'text' | 'tel' | 'date'
  hint?: string
}[] = [
  { name: 'loanid', label: 'Loan ID', type: 'text' },
  { name: 'borrowerid', label: 'Borrower ID', type: 'text' },
  { name: 'phonenumber', label: 'Phone number', type: 'tel' },
  { name: 'startdate', label: 'From', type: 'date' },
  { name: 'enddate', label: 'To', type: 'date' },
]

type CallsFilterFormProps = {
  /** The filters of the URL; the form starts from them (its owner re-mounts it when they change). */
  initial: FilterDraft
  /** What the API said of the filters of the URL (a 400 naming parameters), shown on the fields. */
  serverErrors?: FilterErrors
  onSearch: (filters: FilterDraft) => void
  /** A search was refused here, on the form's own rules; nothing was sent. */
  onInvalid: () => void
  onClear: () => void
}

export function CallsFilterForm({
  initial,
  serverErrors,
  onSearch,
  onInvalid,
  onClear,
}: CallsFilterFormProps) {
  const id = useId()
  const [draft, setDraft] = useState<FilterDraft>(initial)
  // A pasted link with a bad filter shows why at once, and nothing is sent.
  const [errors, setErrors] = useState<FilterErrors>(() => {
    const result = validateFilters(initial)
    return result.ok ? {} : result.errors
  })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const trimmed = Object.fromEntries(
      Object.entries(draft).map(([k, v]) => [k, v.trim()]),
    ) as FilterDraft
    const result = validateFilters(trimmed)
    if (!result.ok) {
      // What was typed stays; focus goes to the first field to fix.
      setErrors(result.errors)
      onInvalid()
      const first = FIELDS.find((f) => result.errors[f.name])
      if (first) document.getElementById(`${id}-${first.name}`)?.focus()
      return
    }
    setErrors({})
    onSearch(trimmed)
  }

  return (
    <form
      role="search"
      aria-label="Filter calls"
      className="filters card"
      onSubmit={submit}
      noValidate
    >
      <div className="filter-fields">
        {FIELDS.map((field) => {
          const error = errors[field.name] ?? serverErrors?.[field.name]
          return (
            <div className={`field field-${field.name}`} key={field.name}>
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              <input
                id={`${id}-${field.name}`}
                name={field.name}
                type={field.type}
                value={draft[field.name]}
                autoComplete="off"
                spellCheck={false}
                inputMode={field.type === 'tel' ? 'tel' : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-${field.name}-error` : undefined}
                onChange={(e) => setDraft((d) => ({ ...d, [field.name]: e.target.value }))}
              />
              {error && (
                <p className="field-error" id={`${id}-${field.name}-error`}>
                  {error}
                </p>
              )}
            </div>
          )
        })}
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-primary">
          Search
        </button>
        <button type="button" className="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </form>
  )
}
