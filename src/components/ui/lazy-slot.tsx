import { Suspense, useState, type ReactNode } from 'react'
import { ErrorBoundary } from './error-boundary'

type LazySlotProps = {
  /** Once true, the slot renders its (lazy) children and stays mounted from then on. */
  needed: boolean
  /** The part, for the failure notice: "The summary", "The call details". */
  what: string
  /** The notice's landmark name, when it stands for a section of its own. */
  label?: string
  /**
   * The slot sits inside a section that already has its heading and card: a failure is a plain
   * notice there, not a card and landmark of its own.
   */
  inline?: boolean
  /**
   * Whether a failure is worth saying now (a closed drawer's code is nobody's concern). Each time
   * it turns true again the notice is a new alert, so it is announced again.
   */
  showFailure?: boolean
  /**
   * What stands in the part's place until it is needed and while its code loads: the space it will
   * take, so the page below does not jump when it arrives. Nothing by default.
   */
  placeholder?: ReactNode
  children: ReactNode
}

/**
 * Where a lazily loaded part of a page goes: nothing until it is needed, nothing while its code
 * loads (focus stays where the user left it), and if the code cannot be fetched a notice that says
 * so with a way on. A browser keeps a failed module import for the page's life, so the way on is a
 * reload; the filters live in the URL and survive it.
 */
export function LazySlot({
  needed,
  what,
  label,
  showFailure = true,
  placeholder = null,
  inline = false,
  children,
}: LazySlotProps) {
  const [wanted, setWanted] = useState(false)
  if (!wanted && needed) setWanted(true)
  if (!wanted) return placeholder
  return (
    <ErrorBoundary
      fallback={() =>
        showFailure ? <LoadFailure what={what} label={label} inline={inline} /> : null
      }
    >
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  )
}

function LoadFailure({
  what,
  label,
  inline,
}: {
  what: string
  label: string | undefined
  inline: boolean
}) {
  const content = (
    <>
      <p>{what} could not be loaded. Reload the page to try again; the filters are kept.</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </>
  )
  return inline ? (
    <div className="notice notice-error" role="alert">
      {content}
    </div>
  ) : (
    <section className="card notice notice-error" role="alert" aria-label={label}>
      {content}
    </section>
  )
}
