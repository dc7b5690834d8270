import { useId, useState, type FormEvent } from 'react'
import { formatCount } from '../../lib/format-count'

/** A typed page number, read against the page count (null when the count is not known yet). */
export function parsePageNumber(
  text: string,
  pageCount: number | null,
): { page: number } | { error: string } {
  const range =
    pageCount === null ? 'a page number of 1 or more' : `a page from 1 to ${formatCount(pageCount)}`
  const value = text.trim().replace(/,/g, '')
  if (value === '') return { error: `Enter ${range}.` }
  // Digits only: "2.5", "-1", "1e3" and "0x10" are not page numbers, whatever Number() makes of them.
  if (!/^\d+$/.test(value))
    return { error: `"${text.trim()}" is not a page number. Enter ${range}.` }
  const page = Number(value)
  if (page < 1 || (pageCount !== null && page > pageCount))
    return {
      error:
        pageCount === null
          ? `Enter ${range}.`
          : `There ${pageCount === 1 ? 'is 1 page' : `are ${formatCount(pageCount)} pages`}: enter ${range.replace('a page from ', '')}.`,
    }
  return { page }
}

type GoToPageProps = {
  pageCount: number | null
  onGo: (page: number) => void
}

/**
 * "Go to page": type a number and press Enter (or Go). What was typed stays until it is used, and a
 * number out of range gets an inline message on the field, never a silent clamp.
 */
export function GoToPage({ pageCount, onGo }: GoToPageProps) {
  const id = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = parsePageNumber(text, pageCount)
    if ('error' in result) return setError(result.error)
    setError(null)
    setText('')
    onGo(result.page)
  }

  return (
    <form className="go-to-page" onSubmit={submit} noValidate>
      <label htmlFor={id}>Go to page</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={5}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          if (error) setError(null)
        }}
      />
      <button type="submit" className="button button-small">
        Go
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
