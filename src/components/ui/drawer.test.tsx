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

describe('Drawer', () => {
  it('on closing, falls back when the element to return to cannot take the focus just now', () => {
    const busy = document.createElement('div') // not focusable, as an inert row's button is not
    const heading = document.createElement('h2')
    heading.tabIndex = -1
    document.body.append(busy, heading)
    try {
      render(
        <Drawer
          open
          title="Call"
          onClose={() => {}}
          returnFocus={() => busy}
          fallbackFocus={() => heading}
        >
          <p>Details</p>
        </Drawer>,
      )
      fireEvent(screen.getByRole('dialog'), new Event('close'))
      expect(document.activeElement).toBe(heading)
    } finally {
      busy.remove()
      heading.remove()
    }
  })

  it('on closing, returns the focus to the element it names when that can take it', () => {
    const row = document.createElement('button')
    const heading = document.createElement('h2')
    heading.tabIndex = -1
    document.body.append(row, heading)
    try {
      render(
        <Drawer
          open
          title="Call"
          onClose={() => {}}
          returnFocus={() => row}
          fallbackFocus={() => heading}
        >
          <p>Details</p>
        </Drawer>,
      )
      fireEvent(screen.getByRole('dialog'), new Event('close'))
      expect(document.activeElement).toBe(row)
    } finally {
      row.remove()
      heading.remove()
    }
  })
})
