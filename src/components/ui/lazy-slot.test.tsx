import { render, screen } from '@testing-library/react'
import { lazy } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { LazySlot } from './lazy-slot'

const Loaded = lazy(() => Promise.resolve({ default: () => <p>Loaded part</p> }))
const Broken = lazy(() => Promise.reject(new Error('chunk fetch failed')))

describe('LazySlot', () => {
  it('renders nothing until needed, then the part, and keeps it when no longer needed', async () => {
    const slot = (needed: boolean) => (
      <LazySlot needed={needed} what="The part">
        <Loaded />
      </LazySlot>
    )
    const { rerender } = render(slot(false))
    expect(screen.queryByText('Loaded part')).toBeNull()
    rerender(slot(true))
    expect(await screen.findByText('Loaded part')).toBeInTheDocument()
    rerender(slot(false))
    expect(screen.getByText('Loaded part')).toBeInTheDocument()
  })

  it('holds the place with its placeholder until needed and while the code loads', async () => {
    let arrive: () => void = () => {}
    const Slow = lazy(
      () =>
        new Promise<{ default: () => React.JSX.Element }>((resolve) => {
          arrive = () => resolve({ default: () => <p>Loaded part</p> })
        }),
    )
    const slot = (needed: boolean) => (
      <LazySlot needed={needed} what="The part" placeholder={<p>Waiting part</p>}>
        <Slow />
      </LazySlot>
    )
    const { rerender } = render(slot(false))
    expect(screen.getByText('Waiting part')).toBeInTheDocument()
    rerender(slot(true))
    expect(screen.getByText('Waiting part')).toBeInTheDocument() // the code is on its way
    arrive()
    expect(await screen.findByText('Loaded part')).toBeInTheDocument()
    expect(screen.queryByText('Waiting part')).toBeNull()
  })

  it('says what could not be loaded, offers a reload, and says it again each time it matters', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const slot = (open: boolean) => (
      <LazySlot needed={open} showFailure={open} what="The call details" label="Call details">
        <Broken />
      </LazySlot>
    )
    const { rerender } = render(slot(true))
    const alert = await screen.findByRole('alert', { name: 'Call details' })
    expect(alert).toHaveTextContent(
      'The call details could not be loaded. Reload the page to try again; the filters are kept.',
    )
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    rerender(slot(false))
    expect(screen.queryByRole('alert')).toBeNull()
    rerender(slot(true))
    const again = screen.getByRole('alert', { name: 'Call details' })
    expect(again).not.toBe(alert)
  })
  it('inline, inside the section of its caller, the notice is a plain alert, not another region', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <section aria-label="Contact cadence">
        <LazySlot needed inline what="The contact cadence">
          <Broken />
        </LazySlot>
      </section>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The contact cadence could not be loaded.')
    expect(alert.tagName).toBe('DIV')
    expect(screen.getAllByRole('region')).toHaveLength(1)
  })

  it('not inline, the notice is a card of its own even without a landmark name', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <LazySlot needed what="The call details">
        <Broken />
      </LazySlot>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert.tagName).toBe('SECTION')
    expect(alert).toHaveClass('card')
  })
})
