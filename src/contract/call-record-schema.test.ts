import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  callRecordSchema,
  callsPageSchema,
  wireCallSchema,
  wireCallsPageSchema,
} from './call-record-schema'

const call = {
  callId: 'b6f94538-f1e0-479d-aa34-4a76030691cd',
  tenantId: '314',
  servicerId: '2',
  loanId: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
  borrowerId: '100000001',
  phoneNumber: '4025550134',
  callStatus: 'Contacted',
  callTimestamp: '2020-08-03T21:53:31.468Z',
  createdDate: '2020-08-03T21:53:31.468Z',
  updatedDate: '2020-08-03T21:53:31.468Z',
  createdBy: 'jdoe@velocity',
  updatedBy: 'jdoe@velocity',
}

const links = { first: '/x?offset=0', last: '/x?offset=40', previous: null, next: '/x?offset=20' }

describe('a call as the reference server emits it', () => {
  it('takes instants in UTC or with an offset, and refuses one without a zone', () => {
    expect(v.safeParse(callRecordSchema, call).success).toBe(true)
    const withOffset = { ...call, callTimestamp: '2020-08-03T16:53:31.468-05:00' }
    expect(v.parse(callRecordSchema, withOffset).callTimestamp).toBe(
      '2020-08-03T16:53:31.468-05:00',
    )
    for (const callTimestamp of ['2020-08-03T21:53:31.468', '2020-08-03', 'yesterday']) {
      expect(v.safeParse(callRecordSchema, { ...call, callTimestamp }).success).toBe(false)
    }
  })

  it('knows two statuses', () => {
    expect(v.safeParse(callRecordSchema, { ...call, callStatus: 'Attempted' }).success).toBe(true)
    expect(v.safeParse(callRecordSchema, { ...call, callStatus: 'Voicemail' }).success).toBe(false)
  })

  it('pages carry whole-number offsets and limits, and every link but previous and next', () => {
    const page = { paging: { offset: 0, limit: 20, links }, data: [call] }
    expect(v.safeParse(callsPageSchema, page).success).toBe(true)
    expect(
      v.safeParse(callsPageSchema, { ...page, paging: { ...page.paging, offset: 0.5 } }).success,
    ).toBe(false)
    const noLast = { ...page, paging: { ...page.paging, links: { ...links, last: null } } }
    expect(v.safeParse(callsPageSchema, noLast).success).toBe(false)
  })
})

describe('a call as any Call Tracking API may send it (the dashboard reads these)', () => {
  it('shows a status this build does not know instead of failing the page', () => {
    expect(v.parse(wireCallSchema, { ...call, callStatus: 'Voicemail' }).callStatus).toBe(
      'Voicemail',
    )
  })

  it.each([{}, { userName: 'jdoe' }, null, undefined, 'jdoe@velocity'])(
    'takes %j as the account that created or updated a call',
    (account) => {
      const parsed = v.parse(wireCallSchema, { ...call, createdBy: account, updatedBy: account })
      expect(parsed.createdBy).toEqual(account)
      expect(parsed.updatedBy).toEqual(account)
    },
  )

  it('refuses an account of any other shape', () => {
    expect(v.safeParse(wireCallSchema, { ...call, createdBy: 42 }).success).toBe(false)
    expect(v.safeParse(wireCallSchema, { ...call, updatedBy: ['jdoe'] }).success).toBe(false)
  })

  it.each([
    ['relative links', links, links],
    [
      'empty and missing links as null',
      { first: '', last: undefined, previous: '', next: null },
      { first: null, last: null, previous: null, next: null },
    ],
    [
      'no links at all as null links',
      undefined,
      { first: null, last: null, previous: null, next: null },
    ],
    ['null links as null links', null, { first: null, last: null, previous: null, next: null }],
  ])('reads %s', (_name, sent, read) => {
    const page = v.parse(wireCallsPageSchema, {
      paging: { offset: 20, limit: 20, links: sent },
      data: [],
    })
    expect(page.paging).toEqual({ offset: 20, limit: 20, links: read })
  })

  it('refuses a page without whole-number paging or without a data array', () => {
    const page = { paging: { offset: 0, limit: 20 }, data: [] }
    expect(v.safeParse(wireCallsPageSchema, page).success).toBe(true)
    expect(v.safeParse(wireCallsPageSchema, { ...page, data: 'nope' }).success).toBe(false)
    expect(
      v.safeParse(wireCallsPageSchema, { ...page, paging: { offset: '0', limit: 20 } }).success,
    ).toBe(false)
    expect(
      v.safeParse(wireCallsPageSchema, { ...page, paging: { offset: 0, limit: 2.5 } }).success,
    ).toBe(false)
  })
})

describe('call times', () => {
  it.each([
    '2020-08-03T21:53:31+05',
    '2020-08-03T21:53:31 +05:00',
    '2020-08-03 21:53:31Z',
    '2020-02-30T21:53:31Z',
    '2021-02-29T21:53:31.000Z',
    '2020-08-03T24:00:00Z',
  ])('refuses %j, which Date.parse cannot read or reads as another day', (callTimestamp) => {
    expect(v.safeParse(wireCallSchema, { ...call, callTimestamp }).success).toBe(false)
  })

  it.each(['2020-08-03T21:53:31Z', '2024-02-29T21:53:31.468-05:00', '2020-08-03T21:53:31.1234Z'])(
    'takes %j',
    (callTimestamp) => {
      expect(v.safeParse(wireCallSchema, { ...call, callTimestamp }).success).toBe(true)
    },
  )
})
