// SEED_HOSTILE=1: calls whose free-text fields hold what an attacker (or a broken upstream) could
// put there, so the dashboard can be shown to render them as inert text. All under one borrower.

export const HOSTILE_BORROWER_ID = 'hostile-borrower'
export const HOSTILE_TENANCY = { tenantId: '314', servicerId: '2' } as const
export const HOSTILE_LOAN_ID = 'bad0bad0-dead-4bad-8bad-0000000000b0'
export const HOSTILE_PHONE = '4025550666'

const RLO = '\u202E' // right-to-left override: "gnp.exe" shows as "exe.png"

/** One long unbroken word: wraps nowhere, so it tests overflow as well as escaping. */
export const TEN_KB_STRING = 'W'.repeat(10_240)

export type HostileCall = {
  callId: string
  callStatus: string
  createdBy: string
  updatedBy: string
  minutesBeforeNow: number
}

// callStatus is free text on the wire (the dashboard shows an unknown status as itself), so one
// row carries a payload there too; the reference contract's own enum does not hold for it.
export const HOSTILE_CALLS: readonly HostileCall[] = [
  {
    callId: '0badf00d-0000-4000-8000-000000000001',
    callStatus: 'Contacted',
    createdBy: '<img src=x onerror=alert(1)>',
    updatedBy: 'javascript:alert(1)',
    minutesBeforeNow: 60,
  },
  {
    callId: '0badf00d-0000-4000-8000-000000000002',
    callStatus: 'Attempted',
    createdBy: '"><svg onload=alert(1)>',
    updatedBy: `invoice${RLO}gnp.exe`,
    minutesBeforeNow: 120,
  },
  {
    callId: '0badf00d-0000-4000-8000-000000000003',
    callStatus: 'Attempted',
    createdBy: TEN_KB_STRING,
    updatedBy: `${RLO}<script>alert(1)</script>`,
    minutesBeforeNow: 180,
  },
  {
    callId: '0badf00d-0000-4000-8000-000000000004',
    callStatus: '<img src=x onerror=alert(1)>',
    createdBy: '{{constructor.constructor("alert(1)")()}}',
    // A spreadsheet formula: what a CSV export must neutralise.
    updatedBy: '=HYPERLINK("https://evil.example","click")',
    minutesBeforeNow: 240,
  },
  {
    callId: '0badf00d-0000-4000-8000-000000000005',
    callStatus: 'Contacted',
    createdBy: "' OR 1=1 --",
    updatedBy: '</td></tr><tr><td>injected',
    minutesBeforeNow: 300,
  },
  {
    callId: '0badf00d-0000-4000-8000-000000000006',
    callStatus: 'Attempted',
    // Formulas a spreadsheet would run (DDE, then an @ one): the CSV export must neutralise both.
    createdBy: "=cmd|' /C calc'!A0",
    updatedBy: "@SUM(1+1)*cmd|' /C calc'!A0",
    minutesBeforeNow: 360,
  },
]

/** The rows in the calls table's column order, ending well before `now`. */
export function hostileRows(now: number): (string | number)[][] {
  return HOSTILE_CALLS.map((call) => {
    const at = now - call.minutesBeforeNow * 60_000
    return [
      call.callId,
      HOSTILE_TENANCY.tenantId,
      HOSTILE_TENANCY.servicerId,
      HOSTILE_LOAN_ID,
      HOSTILE_BORROWER_ID,
      HOSTILE_PHONE,
      call.callStatus,
      at,
      at + 30_000,
      at + 30_000,
      call.createdBy,
      call.updatedBy,
    ]
  })
}
