import { describe, expect, it } from 'vitest'
import type { Problem } from '../../../contract/problem-schema'
import { filterErrorsFromProblem } from './server-filter-errors'

// The words are the reference API's own (server/test/golden/problems.json).
const LOAN = 'loanid must be a GUID such as 2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'
const BORROWER = 'borrowerid must be 1 to 64 letters, digits, "-" or "_"'

const refusal = (errors?: Problem['errors']): Problem => ({
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'The search was refused.',
  ...(errors ? { errors } : {}),
})

describe("the API's words on a refused search, placed on the form", () => {
  it('puts each message on the field of the parameter it names', () => {
    expect(
      filterErrorsFromProblem(
        refusal([
          { parameter: 'loanid', message: LOAN },
          { parameter: 'borrowerid', message: BORROWER },
        ]),
      ),
    ).toEqual({ loanid: LOAN, borrowerid: BORROWER })
  })

  it('matches parameter names whatever their case', () => {
    expect(filterErrorsFromProblem(refusal([{ parameter: 'loanId', message: LOAN }]))).toEqual({
      loanid: LOAN,
    })
    expect(
      filterErrorsFromProblem(refusal([{ parameter: 'BORROWERID', message: BORROWER }])),
    ).toEqual({ borrowerid: BORROWER })
  })

  it('leaves parameters the form has no field for to the general message', () => {
    expect(
      filterErrorsFromProblem(
        refusal([
          { parameter: 'limit', message: 'limit must be from 1 to 100' },
          { parameter: 'borrowerid', message: BORROWER },
        ]),
      ),
    ).toEqual({ borrowerid: BORROWER })
  })

  it('keeps the first message when a parameter is named twice', () => {
    expect(
      filterErrorsFromProblem(
        refusal([
          { parameter: 'loanid', message: LOAN },
          { parameter: 'loanid', message: 'a second word on loanid' },
        ]),
      ),
    ).toEqual({ loanid: LOAN })
  })

  it('places nothing when the refusal names no parameter, or there is no problem at all', () => {
    expect(filterErrorsFromProblem(refusal())).toEqual({})
    expect(filterErrorsFromProblem(refusal([]))).toEqual({})
    expect(filterErrorsFromProblem(undefined)).toEqual({})
  })
})
