import type { ReactNode } from 'react'

/** `other`: a value outside the known set, told apart from every known one by a dashed edge. */
export type BadgeTone = 'success' | 'warning' | 'neutral' | 'other'

/** A label with a tone. The text always carries the meaning; colour only repeats it. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}
