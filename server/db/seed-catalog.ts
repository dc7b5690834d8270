// The fixed facts the seeder draws from: who the tenants are, who the staff are, where borrowers live.

export type Scope = { tenantId: string; servicerId: string; share: number }

/** Tenant 315 also has a servicer "2", so isolation is tested on the tenant and not only the servicer. */
export const SCOPES: readonly Scope[] = [
  { tenantId: '314', servicerId: '2', share: 0.45 },
  { tenantId: '314', servicerId: '3', share: 0.25 },
  { tenantId: '315', servicerId: '2', share: 0.1 },
  { tenantId: '315', servicerId: '4', share: 0.1 },
  { tenantId: '316', servicerId: '5', share: 0.1 },
]

export const DEMO_TOKENS: readonly { token: string; scopes: readonly [string, string][] }[] = [
  {
    token: 'demo-access-token',
    scopes: [
      ['314', '2'],
      ['314', '3'],
    ],
  },
  {
    token: 'demo-tenant-315-token',
    scopes: [
      ['315', '2'],
      ['315', '4'],
    ],
  },
]

/** Area codes with their standard UTC offset, so calls land in the borrower's 8 am – 9 pm. */
export const AREA_CODES: readonly { code: string; utcOffsetHours: number }[] = [
  { code: '402', utcOffsetHours: -6 },
  { code: '531', utcOffsetHours: -6 },
  { code: '308', utcOffsetHours: -6 },
  { code: '515', utcOffsetHours: -6 },
  { code: '612', utcOffsetHours: -6 },
  { code: '314', utcOffsetHours: -6 },
  { code: '512', utcOffsetHours: -6 },
  { code: '615', utcOffsetHours: -6 },
  { code: '303', utcOffsetHours: -7 },
  { code: '801', utcOffsetHours: -7 },
  { code: '602', utcOffsetHours: -7 },
  { code: '206', utcOffsetHours: -8 },
  { code: '503', utcOffsetHours: -8 },
  { code: '916', utcOffsetHours: -8 },
  { code: '617', utcOffsetHours: -5 },
  { code: '404', utcOffsetHours: -5 },
  { code: '305', utcOffsetHours: -5 },
  { code: '718', utcOffsetHours: -5 },
  { code: '704', utcOffsetHours: -5 },
  { code: '614', utcOffsetHours: -5 },
]

const FIRST = ['a', 'b', 'c', 'd', 'e', 'j', 'k', 'l', 'm', 'r', 's', 't']
const LAST = [
  'martinez',
  'nguyen',
  'johnson',
  'okafor',
  'schmidt',
  'patel',
  'larsen',
  'garcia',
  'kowalski',
  'brown',
  'yamamoto',
  'hernandez',
  'olsen',
  'walker',
  'reyes',
  'novak',
  'fischer',
  'dubois',
  'harris',
  'lopez',
  'kim',
  'obrien',
  'svensson',
  'moreau',
  'anderson',
  'rossi',
  'chen',
  'haddad',
  'wright',
  'silva',
  'ivanova',
  'cohen',
]

/** A few dozen Velocity user accounts: the dialer's service account plus named agents. */
export const STAFF_ACCOUNTS: readonly string[] = [
  'svc-velocity-dialer',
  ...LAST.map((last, i) => `${FIRST[i % FIRST.length] ?? 'x'}${last}@velocity`),
]
