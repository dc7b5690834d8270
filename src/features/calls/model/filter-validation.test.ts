import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from './calls-view-state'
import { validateFilters } from './filter-validation'

const draft = (over: Partial<typeof EMPTY_FILTERS>) => ({ ...EMPTY_FILTERS, ...over })

describe('From and To are whole local days, sent as exact instants', () => {
  it.each([
    // zone, day, start instant, end instant
    ['UTC', '2025-06-10', '2025-06-10T00:00:00.000Z', '2025-06-10T23:59:59.999Z'],
    ['America/Chicago', '2025-06-10', '2025-06-10T05:00:00.000Z', '2025-06-11T04:59:59.999Z'],
    ['Pacific/Auckland', '2025-06-10', '2025-06-09T12:00:00.000Z', '2025-06-10T11:59:59.999Z'],
    // DST starts in Chicago on 2025-03-09: the day is 23 hours long.
    ['America/Chicago', '2025-03-09', '2025-03-09T06:00:00.000Z', '2025-03-10T04:59:59.999Z'],
    // DST ends in Auckland on 2025-04-06: the day is 25 hours long.
    ['Pacific/Auckland', '2025-04-06', '2025-04-05T11:00:00.000Z', '2025-04-06T11:59:59.999Z'],
    ['Asia/Kolkata', '2025-01-01', '2024-12-31T18:30:00.000Z', '2025-01-01T18:29:59.999Z'],
    // DST starts at midnight in Santiago on 2025-09-07: the day's first moment is 01:00 local.
    ['America/Santiago', '2025-09-07', '2025-09-07T04:00:00.000Z', '2025-09-08T02:59:59.999Z'],
  ])('in %s, %s runs from %s to %s', (zone, day, start, end) => {
    // The zone is an argument: a test never changes the process's zone (a worker thread cannot).
    const result = validateFilters(draft({ startdate: day, enddate: day }), zone)
    expect(result).toEqual({ ok: true, apiFilters: { startdate: start, enddate: end } })
  })

  it('takes either end alone', () => {
    expect(validateFilters(draft({ startdate: '2025-06-10' }), 'America/Chicago')).toEqual({
      ok: true,
      apiFilters: { startdate: '2025-06-10T05:00:00.000Z' },
    })
    expect(validateFilters(draft({ enddate: ' 2025-06-10 ' }), 'America/Chicago')).toEqual({
      ok: true,
      apiFilters: { enddate: '2025-06-11T04:59:59.999Z' },
    })
  })
})

describe('validation before any request', () => {
  it('normalises what the API wants: lower-case GUID, 10-digit phone, trimmed ids', () => {
    const result = validateFilters(
      draft({
        loanid: ' 2C809E08-A5BA-4559-9C1C-4AC2555FB1E6 ',
        phonenumber: '+1 (402) 555-0134',
        borrowerid: ' 100000001 ',
      }),
    )
    expect(result).toEqual({
      ok: true,
      apiFilters: {
        loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
        phonenumber: '4025550134',
        borrowerid: '100000001',
      },
    })
  })

  it('names each field at fault in its own words', () => {
    const result = validateFilters(
      draft({
        loanid: '2c809e08',
        phonenumber: '555-0134',
        borrowerid: 'a b',
        startdate: '2025-05-02',
        enddate: '2025-05-01',
      }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.loanid).toMatch(/^Loan ID must be a GUID such as/)
    expect(result.errors.phonenumber).toMatch(/^Phone number needs 10 digits/)
    expect(result.errors.borrowerid).toMatch(/^Borrower ID/)
    expect(result.errors.startdate).toBe('From must be on or before To.')
    expect(result.errors.enddate).toBeUndefined()
  })

  it('accepts the same day for From and To, and refuses an impossible date from a pasted URL', () => {
    expect(validateFilters(draft({ startdate: '2025-05-01', enddate: '2025-05-01' })).ok).toBe(true)
    const bad = validateFilters(draft({ startdate: '2025-02-30' }))
    expect(bad.ok ? null : bad.errors.startdate).toBe('From must be a date.')
  })

  it.each(['2025-02-30', '2025-6-1', '20250-06-01', '06/01/2025', 'today'])(
    'refuses %j as To, and names To alone',
    (enddate) => {
      expect(validateFilters(draft({ startdate: '2025-05-01', enddate }), 'UTC')).toEqual({
        ok: false,
        errors: { enddate: 'To must be a date.' },
      })
    },
  )

  it('sends no filter at all when every field is empty', () => {
    expect(validateFilters(EMPTY_FILTERS)).toEqual({ ok: true, apiFilters: {} })
  })
})
