import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../model/calls-view-state'
import { validateFilters } from '../../model/filter-validation'
import { csvFileName, exportNaming } from './csv-file-name'

const TODAY = '2026-11-29'

describe('csvFileName', () => {
  it.each([
    [
      { borrowerid: '100000001', from: '2026-11-01', to: '2026-11-28' },
      'calls_borrower-100000001_2026-11-01_2026-11-28.csv',
    ],
    [{}, 'calls_all_2026-11-29.csv'],
    [{ borrowerid: '100000001' }, 'calls_borrower-100000001_2026-11-29.csv'],
    [
      {
        phonenumber: '4025550134',
        loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
        borrowerid: 'b_7',
      },
      'calls_borrower-b_7_loan-2c809e08-a5ba-4559-9c1c-4ac2555fb1e6_phone-4025550134_2026-11-29.csv',
    ],
    [{ from: '2026-11-01', to: '2026-11-28' }, 'calls_all_2026-11-01_2026-11-28.csv'],
    // From alone runs up to the export day; To alone says so.
    [{ from: '2026-11-01' }, 'calls_all_2026-11-01_2026-11-29.csv'],
    [{ to: '2026-11-28' }, 'calls_all_until-2026-11-28.csv'],
    // Nothing but letters, digits, - and _ reaches a file name.
    [{ borrowerid: '../a b/c' }, 'calls_borrower--a-b-c_2026-11-29.csv'],
  ])('%j → %s', (naming, name) => {
    expect(csvFileName(naming, TODAY)).toBe(name)
  })
})

describe('exportNaming', () => {
  it('names the file after the filters as the API got them and the days as typed', () => {
    const draft = {
      ...EMPTY_FILTERS,
      loanid: ' 2C809E08-A5BA-4559-9C1C-4AC2555FB1E6 ',
      phonenumber: '(402) 555-0134',
      startdate: '2026-11-01',
      enddate: '2026-11-28',
    }
    const valid = validateFilters(draft, 'America/Chicago')
    if (!valid.ok) throw new Error('the filters should be valid')
    expect(csvFileName(exportNaming(draft, valid.apiFilters), TODAY)).toBe(
      'calls_loan-2c809e08-a5ba-4559-9c1c-4ac2555fb1e6_phone-4025550134_2026-11-01_2026-11-28.csv',
    )
  })
})
