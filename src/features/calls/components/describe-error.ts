import { isApiError } from '../../../lib/api-error'

export type ErrorMessage = { title: string; action: string; canRetry: boolean; forbidden?: boolean }

/** What happened and what to do about it, in words for the person at the desk. */
export function describeError(
  error: unknown,
  scope: { tenantId: string; servicerId: string },
): ErrorMessage {
  if (!isApiError(error))
    return {
      title: 'Something went wrong while loading calls.',
      action: 'Try again.',
      canRetry: true,
    }
  switch (error.kind) {
    case 'network':
      return {
        title: error.message,
        action: 'Check your connection, or that the API server is running, then try again.',
        canRetry: true,
      }
    case 'timeout':
      return {
        title: error.message,
        action: 'The API may be overloaded. Try again, or narrow the filters.',
        canRetry: true,
      }
    case 'invalid-response':
      return {
        title: error.message,
        action: 'Try again; if it keeps happening, contact support.',
        canRetry: true,
      }
    case 'foreign-link':
      return {
        title: error.message,
        action: 'Contact support: the API configuration looks wrong.',
        canRetry: false,
      }
    case 'http':
      break
  }
  if (error.status === 403) {
    return {
      title: `This access token has no access to tenant ${scope.tenantId}, servicer ${scope.servicerId}.`,
      action:
        'Sign out and sign in with a token for this tenant and servicer, or ask an administrator for access.',
      canRetry: false,
      forbidden: true,
    }
  }
  if (error.status === 401)
    return {
      title: 'Your access token was not accepted.',
      action: 'Sign in again.',
      canRetry: false,
    }
  if (error.status === 400)
    return {
      title: `The API refused this search: ${error.message}`,
      action: 'Correct the filters and search again.',
      canRetry: false,
    }
  if (error.status === 404)
    return {
      title: 'The Call Tracking API was not found at the configured address.',
      action: 'Check apiBaseUrl in config.json.',
      canRetry: true,
    }
  if (error.status === 429)
    return {
      title: 'The Call Tracking API is receiving too many requests (429).',
      action:
        error.retryAfterMs === undefined
          ? 'Wait a moment, then try again.'
          : `It asked us to wait ${formatWait(error.retryAfterMs)}; then try again.`,
      canRetry: true,
    }
  return {
    title: `The Call Tracking API could not answer (${error.status}).`,
    action:
      error.retryAfterMs === undefined
        ? 'It was asked again without success. Try again in a moment.'
        : `It asked us to wait ${formatWait(error.retryAfterMs)}; then try again.`,
    canRetry: true,
  }
}

function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`
  return `${Math.ceil(seconds / 60)} minutes`
}
