import { act, render, screen } from '@testing-library/react'
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
})
