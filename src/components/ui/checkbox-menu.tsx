import { Fragment, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

export type CheckboxMenuOption = {
  id: string
  label: string
  checked: boolean
  /** It cannot be changed now (say why in `lockedNote`). */
  locked?: boolean
  /** Said beside it, and read with it: what else the user should know of this option now. */
  note?: string
}

type CheckboxMenuProps = {
  /** The button's text, and the name of the group it opens. */
  label: string
  legend: string
  options: CheckboxMenuOption[]
  onChange: (id: string, checked: boolean) => void
  /** Shown while an option is locked, and read with it. */
  lockedNote?: string
}

/**
 * A button that shows and hides a group of checkboxes (a disclosure, not an ARIA menu: checkboxes
 * already work with Tab and Space, and screen readers know them). Esc closes it and puts focus back
 * on the button; a click or focus anywhere else closes it. Closed, its checkboxes are not in the
 * page at all, so their labels never compete with the form's fields of the same name.
 */
export function CheckboxMenu({ label, legend, options, onChange, lockedNote }: CheckboxMenuProps) {
  const [open, setOpen] = useState(false)
  const wrapper = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    const outside = (event: Event) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      // Handled here, so a drawer or dialog underneath does not close too.
      event.preventDefault()
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', outside)
    document.addEventListener('focusin', outside)
    document.addEventListener('keydown', escape)
    return () => {
      document.removeEventListener('pointerdown', outside)
      document.removeEventListener('focusin', outside)
      document.removeEventListener('keydown', escape)
    }
  }, [open])

  // Opened where there is no room to its right (the button at the end of a narrow header), it
  // opens leftwards instead: the panel never runs off the screen or makes the page scroll sideways.
  // Measured before it is painted; the panel is new on every opening, so it starts rightwards.
  const panel = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const box = panel.current?.getBoundingClientRect()
    if (box && box.right > document.documentElement.clientWidth)
      panel.current?.classList.add('leftwards')
  }, [open])

  const anyLocked = options.some((o) => o.locked)
  return (
    <div className="checkbox-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={id} ref={panel} className="checkbox-menu-panel">
          <fieldset>
            <legend>{legend}</legend>
            {options.map((option) => {
              const noteId = `${id}-${option.id}-note`
              const described = [option.note && noteId, option.locked && `${id}-locked`].filter(
                Boolean,
              )
              return (
                <Fragment key={option.id}>
                  <label
                    className={
                      option.locked ? 'checkbox-menu-option locked' : 'checkbox-menu-option'
                    }
                  >
                    {/* Locked is aria-disabled, not disabled: a box that locks while it has the
                        focus (the last column on screen) keeps it, and the keyboard still reaches
                        it and hears why. A change to it is not made (the box is controlled). */}
                    <input
                      type="checkbox"
                      checked={option.checked}
                      aria-disabled={option.locked || undefined}
                      aria-describedby={described.length ? described.join(' ') : undefined}
                      onChange={(e) => {
                        if (!option.locked) onChange(option.id, e.target.checked)
                      }}
                    />
                    {option.label}
                  </label>
                  {/* Outside the label: read as its description, not as part of its name. */}
                  {option.note && (
                    <span className="checkbox-menu-option-note" id={noteId}>
                      {option.note}
                    </span>
                  )}
                </Fragment>
              )
            })}
          </fieldset>
          {anyLocked && lockedNote && (
            <p className="checkbox-menu-note" id={`${id}-locked`}>
              {lockedNote}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
