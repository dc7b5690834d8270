import { describe, expect, it } from 'vitest'
import type { WireCall } from '../../../contract/call-record-schema'
import type { SortColumn } from './calls-view-state'
import { sortCalls } from './sort-calls'

const call = (
  callId: string,
  callTimestamp: string,
  callStatus: string,
  fields: Partial<WireCall> = {},
): WireCall => ({
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
  ...fields,
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
  // Each column puts these four in a different order, so comparing the wrong field shows.
  const people = [
    call('p', '2025-01-04T00:00:00.000Z', 'Attempted', {
      phoneNumber: '6155550100',
      borrowerId: '10',
      loanId: 'c',
    }),
    call('q', '2025-01-03T00:00:00.000Z', 'Contacted', {
      phoneNumber: '2125550100',
      borrowerId: '9',
      loanId: 'a',
    }),
    call('r', '2025-01-02T00:00:00.000Z', 'Attempted', {
      phoneNumber: '4025550134',
      borrowerId: 'b7',
      loanId: 'd',
    }),
    call('s', '2025-01-01T00:00:00.000Z', 'Contacted', {
      phoneNumber: '3125550100',
      borrowerId: 'B10',
      loanId: 'b',
    }),
  ]
  const order = (column: SortColumn, desc: boolean) =>
    sortCalls(people, { column, desc })
      .map((c) => c.callId)
      .join('')

  it.each([
    ['callTimestamp', 'srqp'],
    ['phoneNumber', 'qsrp'],
    // Numbers inside ids compare as numbers (9 before 10), and letter case does not matter.
    ['borrowerId', 'qprs'],
    ['loanId', 'qspr'],
  ] as const)('sorts by %s: ascending %s, descending the reverse', (column, ascending) => {
    expect(order(column, false)).toBe(ascending)
    expect(order(column, true)).toBe([...ascending].reverse().join(''))
  })

  it('sorts loan ids (GUIDs) character by character, their hex digits not read as numbers', () => {
    const loans = ['2c527dda-1', '0CADE000-2', '146eef57-3', '05b0a8fe-4'].map((loanId, i) =>
      call(`c${i}`, '2025-01-01T00:00:00.000Z', 'Attempted', { loanId }),
    )
    expect(sortCalls(loans, { column: 'loanId', desc: false }).map((c) => c.loanId)).toEqual([
      '05b0a8fe-4',
      '0CADE000-2',
      '146eef57-3',
      '2c527dda-1',
    ])
  })

  it.each(['borrowerId', 'loanId'] as const)(
    'treats %s values that differ only in letter case as equal, keeping the API order',
    (column) => {
      const twins = [
        call('y', '2025-01-01T00:00:00.000Z', 'Attempted', { [column]: 'ABC' }),
        call('x', '2025-01-02T00:00:00.000Z', 'Attempted', { [column]: 'abc' }),
      ]
      for (const desc of [false, true]) {
        expect(sortCalls(twins, { column, desc }).map((c) => c.callId)).toEqual(['x', 'y'])
      }
    },
  )

  it('breaks ties in the API order whatever order the calls came in', () => {
    // One status, so every comparison is a tie: newest first, then by callId (x before y).
    const tied = [
      call('y', '2025-01-02T00:00:00.000Z', 'Attempted'),
      call('x', '2025-01-02T00:00:00.000Z', 'Attempted'),
      call('z', '2025-01-02T00:00:00.000Z', 'Attempted'),
      // Newer, with the last callId: time decides before callId does.
      call('zz', '2025-01-03T00:00:00.000Z', 'Attempted'),
    ]
    const permutations = (list: WireCall[]): WireCall[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((first, i) =>
            permutations(list.filter((_, j) => j !== i)).map((rest) => [first, ...rest]),
          )
    for (const input of permutations(tied)) {
      for (const desc of [false, true]) {
        const sorted = sortCalls(input, { column: 'callStatus', desc }).map((c) => c.callId)
        expect(sorted).toEqual(['zz', 'x', 'y', 'z'])
      }
    }
  })

  it('does not change the array it was given', () => {
    const before = calls.map((c) => c.callId)
    sortCalls(calls, { column: 'callStatus', desc: false })
    expect(calls.map((c) => c.callId)).toEqual(before)
  })
})
