import { describe, expect, it } from 'vitest'
import { cadenceSubject } from './cadence-subject'

const LOAN = '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'

describe('whose cadence a search shows', () => {
  it('is the loan when a loan is searched, whatever else is', () => {
    expect(cadenceSubject({ loanid: LOAN })).toEqual({ loanid: LOAN })
    expect(
      cadenceSubject({ loanid: LOAN, borrowerid: '100000001', startdate: '2026-03-01' }),
    ).toEqual({ loanid: LOAN })
  })

  it('is the borrower when a borrower is searched without a loan', () => {
    expect(cadenceSubject({ borrowerid: '100000001' })).toEqual({ borrowerid: '100000001' })
    expect(cadenceSubject({ loanid: '', borrowerid: '100000001' })).toEqual({
      borrowerid: '100000001',
    })
  })

  it('is nobody when neither is searched, or before any search', () => {
    expect(cadenceSubject({ phonenumber: '4025550134', startdate: '2026-03-01' })).toBeNull()
    expect(cadenceSubject({ loanid: '', borrowerid: '' })).toBeNull()
    expect(cadenceSubject(null)).toBeNull()
  })
})
