import { focusManager, QueryClient, QueryObserver, queryOptions } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, parseRetryAfter } from './api-error'
import {
  boundQueryCache,
  createQueryClient,
  MAX_CACHED_QUERIES,
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  retryDelay,
  shouldRetry,
} from './query-client'

const http = (status: number, retryAfterMs?: number) =>
  new ApiError('http', 'x', status, undefined, retryAfterMs)

describe('what is retried, and how often', () => {
  it.each([
    ['a network failure', new ApiError('network', 'x'), true],
    ['a 500', http(500), true],
    ['a 502', http(502), true],
    ['a 503', http(503), true],
    ['a 429 with no Retry-After', http(429), true],
    ['a 429 asking for the longest wait we honour', http(429, MAX_RETRY_AFTER_MS), true],
    ['a 429 asking for longer', http(429, MAX_RETRY_AFTER_MS + 1), false],
    ['a 503 asking for the longest wait we honour', http(503, MAX_RETRY_AFTER_MS), true],
    ['a 503 asking for longer', http(503, MAX_RETRY_AFTER_MS + 1), false],
    ['a 400', http(400), false],
    ['a 401', http(401), false],
    ['a 403', http(403), false],
    ['a 404', http(404), false],
    ['a 499', http(499), false],
    ['a timeout', new ApiError('timeout', 'x'), false],
    ['an answer of the wrong form', new ApiError('invalid-response', 'x', 200), false],
    // The kind decides, not the status that came with it.
    ['an answer of the wrong form with a 5xx', new ApiError('invalid-response', 'x', 503), false],
    ['a link to another site', new ApiError('foreign-link', 'x'), false],
    ['an error of no known kind', new Error('x'), false],
  ])('%s', (_name, error, retried) => {
    expect(shouldRetry(0, error)).toBe(retried)
  })

  it(`stops after ${MAX_RETRIES} retries`, () => {
    expect(MAX_RETRIES).toBe(2)
    expect(shouldRetry(MAX_RETRIES - 1, http(503))).toBe(true)
    expect(shouldRetry(MAX_RETRIES, http(503))).toBe(false)
  })

  it('waits what Retry-After says, else backs off exponentially up to a ceiling', () => {
    expect(retryDelay(0, http(429, 2000))).toBe(2000)
    expect(retryDelay(1, http(503, 0))).toBe(0)
    expect(retryDelay(0, http(503, MAX_RETRY_AFTER_MS * 4))).toBe(MAX_RETRY_AFTER_MS)
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, http(500)))).toEqual([
      500, 1000, 2000, 4000, 4000, 4000,
    ])
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2026-11-29T12:00:00Z')
  it.each([
    ['0', 0],
    ['7', 7000],
    [' 120 ', 120_000],
    ['Sun, 29 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 29 Nov 2026 11:59:00 GMT', 0], // a date already past: ask at once
  ])('%j → %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })
  it.each([null, '', 'soon', '-5', '1.5', 'Sun, 29 Nov 2026 12:00:30 GMT+0100'])(
    '%j is ignored',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined()
    },
  )
})

describe('the bounded cache', () => {
  const pageKey = (n: number) => ['calls', 'page', n]
  /** A query for page `n` whose answer never comes. */
  const never = (n: number) =>
    queryOptions({ queryKey: pageKey(n), queryFn: () => new Promise<never>(() => {}) })
  const settle = (client: QueryClient, n: number, at: number) => {
    vi.setSystemTime(at)
    client.setQueryData(pageKey(n), { page: n })
  }
  afterEach(() => vi.useRealTimers())

  it('drops the least recently updated answers nothing shows, and keeps what is on screen', () => {
    vi.useFakeTimers()
    const client = new QueryClient()
    boundQueryCache(client, 5)
    // Page 1 stays on screen throughout, though it is the oldest answer.
    settle(client, 1, 1_000)
    const onScreen = new QueryObserver(client, { queryKey: pageKey(1), enabled: false })
    const unsubscribe = onScreen.subscribe(() => {})
    for (let n = 2; n <= 5; n++) settle(client, n, 1_000 + n)
    // Page 2 is answered again, later than the rest: it is now the most recent, not the oldest.
    settle(client, 2, 2_000)
    for (let n = 6; n <= 8; n++) settle(client, n, 2_000 + n)
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[2])
    expect(kept.sort()).toEqual([1, 2, 6, 7, 8])
    unsubscribe()
  })

  it('never drops a query that is still loading, however old', () => {
    vi.useFakeTimers()
    const client = new QueryClient()
    boundQueryCache(client, 2)
    void client.prefetchQuery(never(0))
    for (let n = 1; n <= 4; n++) settle(client, n, 1_000 + n)
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[2])
    expect(kept.sort()).toEqual([0, 4])
  })

  it('never drops an answer while it is being asked again', () => {
    vi.useFakeTimers()
    const client = new QueryClient()
    boundQueryCache(client, 2)
    settle(client, 1, 1_000)
    // Stale at once (the default staleTime is 0), so this asks again, and never hears back.
    void client.prefetchQuery(never(1))
    for (let n = 2; n <= 4; n++) settle(client, n, 1_000 + n)
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[2])
    expect(kept.sort()).toEqual([1, 4])
  })

  it('trims only when a query is added, not when an answer arrives', async () => {
    const client = new QueryClient()
    boundQueryCache(client, 1)
    const answers: (() => void)[] = []
    const later = (n: number) =>
      queryOptions({
        queryKey: pageKey(n),
        queryFn: () =>
          new Promise<{ page: number }>((resolve) => answers.push(() => resolve({ page: n }))),
      })
    // Two loading queries: more than the bound, and neither may go.
    const first = client.prefetchQuery(later(1))
    const second = client.prefetchQuery(later(2))
    answers.forEach((answer) => answer())
    await Promise.all([first, second])
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[2])
    expect(kept.sort()).toEqual([1, 2])
  })

  it('the app client is bounded', () => {
    const client = createQueryClient()
    for (let n = 1; n <= MAX_CACHED_QUERIES + 10; n++) client.setQueryData(pageKey(n), { page: n })
    expect(client.getQueryCache().getAll()).toHaveLength(MAX_CACHED_QUERIES)
  })
})

describe('the app client', () => {
  afterEach(() => {
    vi.useRealTimers()
    focusManager.setFocused(undefined)
  })

  it('drops an answer nothing shows five minutes after it was last shown', () => {
    vi.useFakeTimers()
    const client = createQueryClient()
    client.setQueryData(['calls', 'page', 1], { page: 1 })
    vi.advanceTimersByTime(5 * 60_000 - 1)
    expect(client.getQueryData(['calls', 'page', 1])).toEqual({ page: 1 })
    vi.advanceTimersByTime(1)
    expect(client.getQueryData(['calls', 'page', 1])).toBeUndefined()
  })

  it('does not ask again when the window regains focus, even for a stale answer', async () => {
    vi.useFakeTimers()
    const client = createQueryClient()
    client.mount() // as QueryClientProvider does: the client now hears focus changes
    const queryFn = vi.fn(() => Promise.resolve({ page: 1 }))
    const observer = new QueryObserver(client, { queryKey: ['calls', 'page', 1], queryFn })
    const unsubscribe = observer.subscribe(() => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(61_000) // stale by now
    focusManager.setFocused(false)
    focusManager.setFocused(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(queryFn).toHaveBeenCalledTimes(1)
    unsubscribe()
    client.unmount()
  })

  it('retries by the rules above', async () => {
    vi.useFakeTimers()
    const client = createQueryClient()
    const queryFn = vi.fn(() => Promise.reject(new ApiError('network', 'x')))
    const failed = client
      .fetchQuery({ queryKey: ['calls', 'page', 1], queryFn })
      .catch(() => 'failed')
    await vi.advanceTimersByTimeAsync(500 + 1000)
    expect(await failed).toBe('failed')
    expect(queryFn).toHaveBeenCalledTimes(1 + MAX_RETRIES)
  })
})
