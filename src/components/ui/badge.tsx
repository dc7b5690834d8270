import type { ReactNode } from 'react'

export type BadgeTone = 'success' | 'warning' | 'neutral'

/** A label with a tone. The text always carries the meaning; colour only repeats it. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}
