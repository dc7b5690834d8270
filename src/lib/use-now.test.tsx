import { act, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatRelative } from './dates'
import { NOW_TICK_MS, useNow } from './use-now'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-06-15T18:00:00Z'))
})
afterEach(() => vi.useRealTimers())

function Ago({ iso }: { iso: string }) {
  return <p>{formatRelative(iso, new Date(useNow()))}</p>
}

describe('useNow', () => {
  it('moves relative times on at least once a minute', () => {
    expect(NOW_TICK_MS).toBeLessThanOrEqual(60_000)
    render(<Ago iso="2026-06-15T17:55:00Z" />)
    expect(screen.getByText('5 minutes ago')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByText('6 minutes ago')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(4 * 60_000)
    })
    expect(screen.getByText('10 minutes ago')).toBeInTheDocument()
  })

  it('stops its timer when nothing shows a time', () => {
    const { unmount } = render(<Ago iso="2026-06-15T17:55:00Z" />)
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('runs one timer however many times are on screen', () => {
    const { unmount } = render(
      <>
        <Ago iso="2026-06-15T17:55:00Z" />
        <Ago iso="2026-06-15T17:50:00Z" />
        <Ago iso="2026-06-15T17:45:00Z" />
      </>,
    )
    expect(vi.getTimerCount()).toBe(1)
    unmount()
  })

  it('keeps moving the times still shown when another leaves the screen', () => {
    const leaving = render(<Ago iso="2026-06-15T17:50:00Z" />)
    const { unmount } = render(<Ago iso="2026-06-15T17:55:00Z" />)
    leaving.unmount()
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByText('6 minutes ago')).toBeInTheDocument()
    unmount()
  })

  it('renders on the server the instant the page’s clock shows', () => {
    const { unmount } = render(<Ago iso="2026-06-15T17:55:00Z" />)
    expect(renderToString(<Ago iso="2026-06-15T17:55:00Z" />)).toBe('<p>5 minutes ago</p>')
    unmount()
  })
})
