import { queryOptions } from '@tanstack/react-query'
import type { ApiFilters } from '../model/filter-validation'
import { fetchCallsPage, fetchWholeResult, type CallsRequest } from './calls-api'

/**
 * The one place call query keys are made, general to specific:
 * calls → tenant/servicer (and API) → list kind → its inputs. The token is not in the key: it is
 * not an input of the answer, and the whole cache is cleared whenever the session ends.
 */
export const callKeys = {
  all: ['calls'] as const,
  scope: (r: CallsRequest) =>
    [...callKeys.all, r.api.baseUrl, r.credentials.tenantId, r.credentials.servicerId] as const,
  page: (r: CallsRequest, filters: ApiFilters, page: number, limit: number) =>
    [...callKeys.scope(r), 'page', { filters, page, limit }] as const,
  whole: (r: CallsRequest, filters: ApiFilters) =>
    [...callKeys.scope(r), 'whole', { filters }] as const,
}

export const callQueries = {
  page: (r: CallsRequest, filters: ApiFilters, page: number, limit: number) =>
    queryOptions({
      queryKey: callKeys.page(r, filters, page, limit),
      queryFn: ({ signal }) => fetchCallsPage(r, filters, (page - 1) * limit, limit, signal),
    }),
  whole: (r: CallsRequest, filters: ApiFilters) =>
    queryOptions({
      queryKey: callKeys.whole(r, filters),
      queryFn: ({ signal }) => fetchWholeResult(r, filters, signal),
    }),
}
