import { useId, useState, type FormEvent } from 'react'
import type { FilterParam } from '../../../contract/call-filters'
import type { FilterDraft } from '../model/calls-view-state'
import { DATE_PRESETS, presetDates, type DatePreset } from '../model/date-presets'
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
  /**
   * The filters of the URL: the form shows them again whenever they (or `generation`) change, except
   * when they become the filters it sent itself and it has been typed in since (see `sent`).
   */
  initial: FilterDraft
  /** Bumped by the owner to reset the form even when the URL's filters stay the same (Clear). */
  generation: number
  /** A search is on its way: the Search button says so. */
  searching: boolean
  /** What the API said of the filters of the URL (a 400 naming parameters), shown on the fields. */
  serverErrors?: FilterErrors
  onSearch: (filters: FilterDraft) => void
  /** A search was refused here, on the form's own rules; nothing was sent. */
  onInvalid: () => void
  onClear: () => void
  /** The zone a preset's "today" is read in (the zone From/To are read in). */
  timeZone?: string
}

export function CallsFilterForm({
  initial,
  generation,
  searching,
  serverErrors,
  onSearch,
  onInvalid,
  onClear,
  timeZone,
}: CallsFilterFormProps) {
  const id = useId()
  const [draft, setDraft] = useState<FilterDraft>(initial)
  // A pasted link with a bad filter shows why at once, and nothing is sent.
  const [errors, setErrors] = useState<FilterErrors>(() => errorsOf(initial))
  // Back/Forward, Clear and links change the URL's filters: the form follows them. It is updated in
  // place, never re-mounted, so the control in use (Search, Clear, a field after Enter) keeps focus.
  const sourceKey = `${generation}|${JSON.stringify(initial)}`
  const [shownSource, setShownSource] = useState(sourceKey)
  // The last search sent from here, the draft it was sent from, and the generation then. The page
  // applies a search once its answer is in (or a moment later): what was typed in between stays,
  // rather than be replaced by the filters the form itself sent. Clear (a new generation) always
  // empties the form.
  const [sent, setSent] = useState<{
    filters: string
    from: FilterDraft
    generation: number
  } | null>(null)
  if (shownSource !== sourceKey) {
    setShownSource(sourceKey)
    setSent(null)
    const typedSince =
      sent?.generation === generation && sent.filters === filtersKey(initial) && draft !== sent.from
    if (!typedSince) {
      setDraft(initial)
      setErrors(errorsOf(initial))
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    searchWith(draft)
  }

  // A preset fills both dates and searches at once, with whatever else the form holds.
  function applyPreset(preset: DatePreset) {
    const next = { ...draft, ...presetDates(preset, new Date(), timeZone) }
    setDraft(next)
    searchWith(next)
  }

  function searchWith(filters: FilterDraft) {
    const trimmed = Object.fromEntries(
      Object.entries(filters).map(([k, v]) => [k, v.trim()]),
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
    setSent({ filters: filtersKey(trimmed), from: filters, generation })
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
        <div className="date-presets" role="group" aria-labelledby={`${id}-presets`}>
          <span id={`${id}-presets`} className="date-presets-label">
            Quick ranges
          </span>
          {DATE_PRESETS.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="button button-small"
              onClick={() => applyPreset(preset)}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <div className="filter-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-busy={searching || undefined}
            data-busy={searching || undefined}
          >
            <span className="spinner" aria-hidden="true" />
            Search
          </button>
          <button type="button" className="button" onClick={onClear}>
            Clear filters
          </button>
        </div>
      </div>
    </form>
  )
}

/** The filters as one string, field by field (the URL's and the form's may list keys in any order). */
const filtersKey = (filters: FilterDraft) =>
  FIELDS.map((field) => filters[field.name]).join('\u0000')

function errorsOf(filters: FilterDraft): FilterErrors {
  const result = validateFilters(filters)
  return result.ok ? {} : result.errors
}
