import type { WireCall } from '../../../contract/call-record-schema'

/** A call with only what a summary reads set apart; the rest is fixed, valid filler. */
export const testCall = (
  callTimestamp: string,
  callStatus: string,
  borrowerId = '100000001',
): WireCall => ({
  callId: `${callTimestamp}-${callStatus}-${borrowerId}`,
  tenantId: '314',
  servicerId: '2',
  loanId: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
  borrowerId,
  phoneNumber: '4025550134',
  callStatus,
  callTimestamp,
  createdDate: callTimestamp,
  updatedDate: callTimestamp,
  updatedBy: 'agent',
  createdBy: 'agent',
})
