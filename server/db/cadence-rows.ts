// Borrowers whose contact cadence is known by construction, relative to the end of history (`now`),
// so the dashboard's "Contact cadence" section can be shown and tested on fixed answers. They draw
// nothing from the PRNG, so every other seeded call keeps its values. Tenant 314, servicer 2 (the
// demo token's first scope).

import { STAFF_ACCOUNTS } from './seed-catalog'

const HOUR_MS = 3_600_000

const DIALER = STAFF_ACCOUNTS[0] ?? 'svc-velocity-dialer'

export const CADENCE_TENANCY = { tenantId: '314', servicerId: '2' } as const

type CadenceCall = { loanId: string; hoursBeforeNow: number; status: 'Attempted' | 'Contacted' }
type CadenceBorrower = { borrowerId: string; phone: string; calls: readonly CadenceCall[] }

export const AT_LIMIT_LOAN_ID = '0cade000-0000-4000-8000-0000000000a1'
export const AT_LIMIT_OTHER_LOAN_ID = '0cade000-0000-4000-8000-0000000000a2'
export const AFTER_CONVERSATION_LOAN_ID = '0cade000-0000-4000-8000-0000000000b1'
export const WITHIN_CADENCE_LOAN_ID = '0cade000-0000-4000-8000-0000000000c1'

const attempted = (loanId: string, hoursBeforeNow: number): CadenceCall => ({
  loanId,
  hoursBeforeNow,
  status: 'Attempted',
})
const contacted = (loanId: string, hoursBeforeNow: number): CadenceCall => ({
  loanId,
  hoursBeforeNow,
  status: 'Contacted',
})

export const CADENCE_BORROWERS = {
  /**
   * 900000001: seven calls on loan …a1 in the last 7 days, the oldest 164 hours ago, so the loan is
   * at the limit until 4 hours after `now`; a conversation 10 days ago no longer counts. Loan …a2
   * has two calls: within cadence.
   */
  atLimit: {
    borrowerId: '900000001',
    phone: '4025550701',
    calls: [
      contacted(AT_LIMIT_LOAN_ID, 10 * 24),
      attempted(AT_LIMIT_LOAN_ID, 164),
      ...[6, 5, 4, 3, 2].map((days) => attempted(AT_LIMIT_LOAN_ID, days * 24)),
      attempted(AT_LIMIT_LOAN_ID, 27),
      attempted(AT_LIMIT_OTHER_LOAN_ID, 3 * 24 + 5),
      attempted(AT_LIMIT_OTHER_LOAN_ID, 24 + 5),
    ],
  },
  /** 900000002: two calls, the later a conversation 51 hours ago: no call until 117 hours after now. */
  afterConversation: {
    borrowerId: '900000002',
    phone: '4025550702',
    calls: [
      attempted(AFTER_CONVERSATION_LOAN_ID, 5 * 24),
      contacted(AFTER_CONVERSATION_LOAN_ID, 51),
    ],
  },
  /** 900000003: two calls in the last 7 days, the last conversation 9 days ago: within cadence. */
  withinCadence: {
    borrowerId: '900000003',
    phone: '4025550703',
    calls: [
      contacted(WITHIN_CADENCE_LOAN_ID, 9 * 24),
      attempted(WITHIN_CADENCE_LOAN_ID, 4 * 24),
      attempted(WITHIN_CADENCE_LOAN_ID, 24),
    ],
  },
} as const satisfies Record<string, CadenceBorrower>

/** The rows in the calls table's column order; call ids are fixed (…0001, …0002, … in order). */
export function cadenceRows(now: number): (string | number)[][] {
  let n = 0
  return Object.values(CADENCE_BORROWERS).flatMap((b: CadenceBorrower) =>
    b.calls.map((call) => {
      const at = now - call.hoursBeforeNow * HOUR_MS
      const callId = `0cade000-0000-4000-8000-${String(++n).padStart(12, '0')}`
      return [
        callId,
        CADENCE_TENANCY.tenantId,
        CADENCE_TENANCY.servicerId,
        call.loanId,
        b.borrowerId,
        b.phone,
        call.status,
        at,
        at + 30_000,
        at + 30_000,
        DIALER,
        DIALER,
      ]
    }),
  )
}
