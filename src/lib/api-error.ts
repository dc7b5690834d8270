import type { Problem } from '../contract/problem-schema'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'foreign-link'

/** Every failure of the transport, typed: components decide what to say, never the transport. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status = 0,
    readonly problem?: Problem,
    /** How long the server asked us to wait before asking again (`Retry-After`), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

/**
 * `Retry-After` as milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Anything else is ignored rather than guessed at.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // An HTTP date always ends in "GMT"; Date.parse alone would read "1.5" or "-5" as dates.
  if (!/ GMT$/.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
