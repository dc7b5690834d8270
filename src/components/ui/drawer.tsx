import { useEffect, useId, useRef, type ReactNode } from 'react'

type DrawerProps = {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A side drawer on the platform's modal `<dialog>`: it moves focus in, makes the page inert,
 * and closes on Esc by itself. The owner decides where focus goes after it closes.
 */
export function Drawer({ open, title, onClose, children }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    // The backdrop click is a mouse shortcut; the keyboard's equivalent is Esc, which <dialog> handles.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby={titleId}
      onClose={onClose}
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
