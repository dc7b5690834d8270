import { useEffect } from 'react'

/** Names the browser tab while the caller is on screen, and gives the old name back after. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])
}
