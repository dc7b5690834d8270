import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; a network blip or a 5xx may.
        retry: (failures, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false
          if (
            isApiError(error) &&
            (error.kind === 'foreign-link' || error.kind === 'invalid-response')
          )
            return false
          return failures < 2
        },
      },
    },
  })
}
