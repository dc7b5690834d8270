import { afterEach, describe, expect, it, vi } from 'vitest'
import { settledOrAfter } from './settled-or-after'

afterEach(() => vi.useRealTimers())

/** A promise settled from outside, as an answer arriving. */
function answer() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('settledOrAfter', () => {
  it('runs as soon as the answer comes, before the time is up, and not again after it', async () => {
    vi.useFakeTimers()
    const { promise, resolve } = answer()
    const run = vi.fn()
    settledOrAfter(promise, 100, run)
    await vi.advanceTimersByTimeAsync(40)
    expect(run).not.toHaveBeenCalled()
    resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs when the time is up if no answer has come, and not again when it does', async () => {
    vi.useFakeTimers()
    const { promise, resolve } = answer()
    const run = vi.fn()
    settledOrAfter(promise, 100, run)
    await vi.advanceTimersByTimeAsync(99)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
    resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('counts a failed answer as an answer', async () => {
    vi.useFakeTimers()
    const { promise, reject } = answer()
    const run = vi.fn()
    settledOrAfter(promise, 100, run)
    reject(new Error('refused'))
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs nothing once called off, neither on the answer nor on the time', async () => {
    vi.useFakeTimers()
    const early = answer()
    const run = vi.fn()
    settledOrAfter(early.promise, 100, run)()
    early.resolve()
    await vi.advanceTimersByTimeAsync(200)
    const late = answer()
    settledOrAfter(late.promise, 100, run)()
    await vi.advanceTimersByTimeAsync(200)
    late.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).not.toHaveBeenCalled()
  })
})
