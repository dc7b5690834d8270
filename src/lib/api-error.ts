import type { Problem } from '../contract/problem-schema'

export type ApiErrorKind = 'network' | 'http' | 'invalid-response' | 'foreign-link'

/** Every failure of the transport, typed: components decide what to say, never the transport. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status = 0,
    readonly problem?: Problem,
  ) {
    super(message)
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError
