import { useEffect } from 'react'
import { afterUrlWrites } from './url-search-params'

/** Names the browser tab while the caller is on screen, and gives the old name back after. */
export function useDocumentTitle(title: string): void {
  // The name from before, given back when the caller leaves (not between two of its own names: the
  // entry being left keeps the name it had).
  useEffect(
    () => {
      const before = document.title
      return () => {
        document.title = before
      }
    },
    // Stryker disable next-line ArrayDeclaration: a constant dependency never changes either
    [],
  )
  // Set once the address bar is at the view this title names, so its history entry gets the name.
  useEffect(
    () =>
      afterUrlWrites(() => {
        document.title = title
      }),
    [title],
  )
}
