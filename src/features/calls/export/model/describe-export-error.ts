import type { IncompleteReadError } from '../../api/read-all-calls'
import type { ErrorMessage } from '../../components/describe-error'

/** A failed export in words: the API's own failures as the results say them, a short read as what it is. */
export function describeExportError(
  error: unknown,
  describe: (error: unknown) => ErrorMessage,
): ErrorMessage {
  // By name, not instanceof: importing the class would pull the whole-set reader (only the lazy
  // export chunk needs it) into the first load.
  if (isIncompleteRead(error))
    return { title: error.message, action: 'Try again to export them afresh.', canRetry: true }
  const message = describe(error)
  return { ...message, title: `Could not export the calls. ${message.title}` }
}

const isIncompleteRead = (error: unknown): error is IncompleteReadError =>
  error instanceof Error && error.name === 'IncompleteReadError'
