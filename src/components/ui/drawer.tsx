import { useEffect, useId, useRef, type KeyboardEventHandler, type ReactNode } from 'react'

type DrawerProps = {
  open: boolean
  title: string
  onClose: () => void
  /** Where focus goes on closing when nothing had it at opening. */
  fallbackFocus?: () => HTMLElement | null
  /**
   * Where focus goes on closing, before the opener: the drawer may have moved on from what opened it
   * (stepping to the next call), and focus belongs with what it shows now. Null falls back.
   */
  returnFocus?: () => HTMLElement | null
  /** Keys pressed anywhere in the drawer (its own shortcuts). */
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>
  children: ReactNode
}

/**
 * A side drawer on the platform's modal `<dialog>`: it moves focus in, makes the page inert, and
 * closes on Esc by itself. On closing, focus returns to what had it when the drawer opened (the
 * row's button), or, when nothing had (a deep link), to `fallbackFocus`: never to the page body.
 */
export function Drawer({
  open,
  title,
  onClose,
  fallbackFocus,
  returnFocus,
  onKeyDown,
  children,
}: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      const active = document.activeElement
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null
      dialog.showModal()
    }
    // Closing by Esc or Close is the dialog's own; this is for the owner closing it (Back, a link).
    if (!open && dialog.open) dialog.close()
  }, [open])

  const handleClose = () => {
    const target =
      returnFocus?.() ?? (opener.current?.isConnected ? opener.current : fallbackFocus?.())
    opener.current = null
    target?.focus()
    // A target that cannot take the focus just now (inert for a frame) must not leave it on the body.
    if (target && document.activeElement !== target) fallbackFocus?.()?.focus()
    onClose()
  }

  return (
    // The backdrop click is a mouse shortcut; the keyboard's equivalent is Esc, which <dialog> handles.
    // Keys: the owner's shortcuts (onKeyDown), on the dialog so they work wherever focus is in it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby={titleId}
      onClose={handleClose}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === event.currentTarget) event.currentTarget.close()
      }}
    >
      <div className="drawer-content">
        <header className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </header>
        {open && children}
      </div>
    </dialog>
  )
}
