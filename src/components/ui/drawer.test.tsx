import { fireEvent, render, screen } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Drawer } from './drawer'

// jsdom has <dialog> but not its modal methods: the least of them, for these tests.
const proto = HTMLDialogElement.prototype
const had = Object.getOwnPropertyDescriptor(proto, 'showModal')
beforeAll(() => {
  proto.showModal = function (this: HTMLDialogElement) {
    this.open = true
  }
})
afterAll(() => {
  if (had) Object.defineProperty(proto, 'showModal', had)
  else Reflect.deleteProperty(proto, 'showModal')
})

/** Opens a drawer, closes it, and says where the focus went: `target` or the fallback heading. */
function focusAfterClosing(target: HTMLElement): 'target' | 'fallback' | 'elsewhere' {
  const heading = document.createElement('h2')
  heading.tabIndex = -1
  document.body.append(target, heading)
  try {
    render(
      <Drawer
        open
        title="Call"
        onClose={() => {}}
        returnFocus={() => target}
        fallbackFocus={() => heading}
      >
        <p>Details</p>
      </Drawer>,
    )
    fireEvent(screen.getByRole('dialog'), new Event('close'))
    const active = document.activeElement
    return active === target ? 'target' : active === heading ? 'fallback' : 'elsewhere'
  } finally {
    target.remove()
    heading.remove()
  }
}

describe('Drawer', () => {
  it('on closing, falls back when the element to return to cannot take the focus just now', () => {
    // A plain div is not focusable, as an inert row's button is not.
    expect(focusAfterClosing(document.createElement('div'))).toBe('fallback')
  })

  it('on closing, returns the focus to the element it names when that can take it', () => {
    expect(focusAfterClosing(document.createElement('button'))).toBe('target')
  })
})
