import { describe, expect, it } from 'vitest'
import { ApiError, parseRetryAfter } from './api-error'
import { MAX_RETRIES, MAX_RETRY_AFTER_MS, retryDelay, shouldRetry } from './query-client'

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
  it.each([null, '', 'soon', '-5', '1.5'])('%j is ignored', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})
