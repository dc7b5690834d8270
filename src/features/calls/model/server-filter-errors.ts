import { FILTER_PARAMS, type FilterParam } from '../../../contract/call-filters'
import type { Problem } from '../../../contract/problem-schema'
import type { FilterErrors } from './filter-validation'

/**
 * The API's own words on a refused search (a 400 that names parameters), placed on the form's
 * fields. Names are matched without regard to case ("loanId" is the vendor doc's spelling too);
 * parameters the form has no field for are left to the general message.
 */
export function filterErrorsFromProblem(problem: Problem | undefined): FilterErrors {
  const errors: FilterErrors = {}
  for (const { parameter, message } of problem?.errors ?? []) {
    const name = FILTER_PARAMS.find((p: FilterParam) => p === parameter.toLowerCase())
    if (name && !errors[name]) errors[name] = message
  }
  return errors
}
