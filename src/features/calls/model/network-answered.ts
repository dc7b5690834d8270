import { isApiError } from '../../../lib/api-error'
import type { ShownResults } from './shown-results'

const isResponse = (error: unknown) => isApiError(error) && error.status > 0

/**
 * Whether the first search has had an answer over the network: its rows (or none found), or an
 * HTTP error, final or being retried. A failure with no response (the connection is down) and a
 * cancelled search are not answers: code fetched then would most likely fail as well, and a failed
 * import stays failed for the page's life. Invalid filters ask nothing, so there the browser's
 * online flag is all there is to go on.
 */
export function networkAnswered(
  status: ShownResults['status'],
  error: unknown,
  retryingAfter: unknown,
  online: boolean,
): boolean {
  if (status === 'rows') return true
  if (status === 'idle') return online
  return isResponse(error) || isResponse(retryingAfter)
}
