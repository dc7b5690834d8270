import { describe, expect, it } from 'vitest'
import type { WireCall } from '../../../contract/call-record-schema'
import { sortCalls } from './sort-calls'

const call = (callId: string, callTimestamp: string, callStatus: string): WireCall => ({
  callId,
  callTimestamp,
  callStatus,
  tenantId: '314',
  servicerId: '2',
  loanId: 'l',
  borrowerId: 'b',
  phoneNumber: '4025550134',
  createdDate: callTimestamp,
  updatedDate: callTimestamp,
  createdBy: 'a',
  updatedBy: 'a',
})

const calls = [
  call('c', '2025-01-02T00:00:00.000Z', 'Attempted'),
  call('a', '2025-01-03T00:00:00.000Z', 'Contacted'),
  call('b', '2025-01-03T00:00:00.000Z', 'Attempted'),
  call('d', '2025-01-01T00:00:00.000Z', 'Contacted'),
]

describe('sortCalls', () => {
  it('defaults to the API order: newest first, ties by callId', () => {
    expect(sortCalls(calls, { column: 'callTimestamp', desc: true }).map((c) => c.callId)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ])
    expect(sortCalls(calls, { column: 'callTimestamp', desc: false }).map((c) => c.callId)).toEqual(
      ['d', 'c', 'a', 'b'],
    )
  })
  it('sorts by status and keeps the API order within a status', () => {
    expect(sortCalls(calls, { column: 'callStatus', desc: false }).map((c) => c.callId)).toEqual([
      'b',
      'c',
      'a',
      'd',
    ])
    expect(sortCalls(calls, { column: 'callStatus', desc: true }).map((c) => c.callId)).toEqual([
      'a',
      'd',
      'b',
      'c',
    ])
  })
  it('does not change the array it was given', () => {
    const before = calls.map((c) => c.callId)
    sortCalls(calls, { column: 'callStatus', desc: false })
    expect(calls.map((c) => c.callId)).toEqual(before)
  })
})
