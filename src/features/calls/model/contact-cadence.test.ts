import { TZDate } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import type { WireCall } from '../../../contract/call-record-schema'
import { cadenceByLoan, loanCadence, lookbackStart, windowStart } from './contact-cadence'

// The regulation's figures (written out, not imported: a changed default must not pass silently).
const RULES = { maxCallsInWindow: 7, windowDays: 7, daysAfterConversation: 7 }

// Every expected instant below was worked out by hand (in the comment beside it), not by the code.
type Status = 'Attempted' | 'Contacted'
const call = (callTimestamp: string, callStatus: Status = 'Attempted') => ({
  callTimestamp,
  callStatus,
})
const NOW = new Date('2026-06-15T18:00:00.000Z')
// 168 h before NOW: 2026-06-08T18:00:00.000Z (June 15 − 7 days, same clock time in UTC).
const cadence = (calls: ReturnType<typeof call>[], now = NOW) =>
  loanCadence('loan', calls, now, RULES)

/** Seven Attempted calls, the oldest first at `oldest`, the others one hour apart after it. */
const sevenFrom = (oldest: string) =>
  Array.from({ length: 7 }, (_, i) =>
    call(new Date(new Date(oldest).getTime() + i * 3_600_000).toISOString()),
  )

describe('the rolling window', () => {
  it('is the 168 hours before now, the start excluded, now and anything after it included', () => {
    expect(windowStart(NOW, RULES).toISOString()).toBe('2026-06-08T18:00:00.000Z')
    expect(cadence([call('2026-06-08T18:00:00.000Z')]).callsInWindow).toBe(0)
    expect(cadence([call('2026-06-08T18:00:00.001Z')]).callsInWindow).toBe(1)
    expect(cadence([call('2026-06-15T18:00:00.000Z')]).callsInWindow).toBe(1)
    // A call stamped after this browser's now (its clock runs slow) has happened all the same:
    // the guardrail counts it rather than say "Within cadence" one call too early.
    expect(cadence([call('2026-06-15T18:00:00.001Z')]).callsInWindow).toBe(1)
    expect(cadence([call('2026-06-15T18:01:00.000Z')]).callsInWindow).toBe(1)
  })

  it('looks back over the longer of the two periods', () => {
    const rules = { ...RULES, daysAfterConversation: 10 }
    // 240 h before June 15 18:00 is June 5 18:00.
    expect(lookbackStart(NOW, rules).toISOString()).toBe('2026-06-05T18:00:00.000Z')
    expect(lookbackStart(NOW, RULES).toISOString()).toBe('2026-06-08T18:00:00.000Z')
  })
})

describe('the count rule (more than 7 calls within 7 days)', () => {
  it('six calls are within cadence', () => {
    const six = sevenFrom('2026-06-09T10:00:00.000Z').slice(1)
    expect(cadence(six)).toMatchObject({ callsInWindow: 6, nextCallAfter: null })
  })

  it('seven calls are at the limit until the oldest is 168 hours old', () => {
    // Oldest June 9 10:00 + 168 h = June 16 10:00.
    const seven = sevenFrom('2026-06-09T10:00:00.000Z')
    expect(cadence(seven).callsInWindow).toBe(7)
    expect(cadence(seven).nextCallAfter?.toISOString()).toBe('2026-06-16T10:00:00.000Z')
    // One millisecond before that moment, still at the limit; at it, six remain.
    const before = cadence(seven, new Date('2026-06-16T09:59:59.999Z'))
    expect(before.nextCallAfter?.toISOString()).toBe('2026-06-16T10:00:00.000Z')
    expect(cadence(seven, new Date('2026-06-16T10:00:00.000Z'))).toMatchObject({
      callsInWindow: 6,
      nextCallAfter: null,
    })
  })

  it('with nine calls, the next is allowed when the third oldest leaves (six remain)', () => {
    // Nine calls at June 9 10:00, 11:00 … 18:00; the third oldest is 12:00 → June 16 12:00.
    const nine = Array.from({ length: 9 }, (_, i) =>
      call(`2026-06-09T${String(10 + i).padStart(2, '0')}:00:00.000Z`),
    )
    expect(cadence([...nine].reverse())).toMatchObject({ callsInWindow: 9 })
    expect(cadence(nine).nextCallAfter?.toISOString()).toBe('2026-06-16T12:00:00.000Z')
  })

  it('counts Attempted and Contacted calls alike (the data has no direction)', () => {
    const mixed = sevenFrom('2026-06-09T10:00:00.000Z').map((c, i) =>
      i % 2 ? { ...c, callStatus: 'Contacted' as const } : c,
    )
    expect(cadence(mixed).callsInWindow).toBe(7)
  })
})

describe('the conversation rule (no call within 7 days after a conversation)', () => {
  it('holds until 168 hours after the last Contacted call, to the millisecond', () => {
    // Contacted June 13 15:30 + 168 h = June 20 15:30.
    const calls = [call('2026-06-13T15:30:00.000Z', 'Contacted'), call('2026-06-14T09:00:00.000Z')]
    const now = cadence(calls)
    expect(now.lastConversation?.toISOString()).toBe('2026-06-13T15:30:00.000Z')
    expect(now.conversationQuietUntil?.toISOString()).toBe('2026-06-20T15:30:00.000Z')
    expect(now.nextCallAfter?.toISOString()).toBe('2026-06-20T15:30:00.000Z')
    const lastMs = cadence(calls, new Date('2026-06-20T15:29:59.999Z'))
    expect(lastMs.nextCallAfter?.toISOString()).toBe('2026-06-20T15:30:00.000Z')
    expect(cadence(calls, new Date('2026-06-20T15:30:00.000Z'))).toMatchObject({
      lastConversation: null,
      nextCallAfter: null,
    })
  })

  it('takes the most recent conversation, and ignores an Attempted call after it', () => {
    const calls = [
      call('2026-06-10T08:00:00.000Z', 'Contacted'),
      call('2026-06-12T08:00:00.000Z', 'Contacted'),
      call('2026-06-14T08:00:00.000Z', 'Attempted'),
    ]
    // June 12 08:00 + 168 h = June 19 08:00.
    expect(cadence(calls).nextCallAfter?.toISOString()).toBe('2026-06-19T08:00:00.000Z')
  })

  it('names the later limit when both rules apply', () => {
    // Count: oldest June 9 10:00 → June 16 10:00. Conversation: June 14 09:00 → June 21 09:00.
    const calls = [
      ...sevenFrom('2026-06-09T10:00:00.000Z'),
      call('2026-06-14T09:00:00.000Z', 'Contacted'),
    ]
    expect(cadence(calls)).toMatchObject({ callsInWindow: 8 })
    expect(cadence(calls).nextCallAfter?.toISOString()).toBe('2026-06-21T09:00:00.000Z')
    // And the count's when it is the later: a conversation at June 9 09:30 (→ June 16 09:30) before
    // the seven: 8 calls (09:30, 10:00 … 16:00), the count stays at 7 until the second oldest
    // (10:00) leaves → June 16 10:00, later than 09:30.
    const earlyTalk = [
      ...sevenFrom('2026-06-09T10:00:00.000Z'),
      call('2026-06-09T09:30:00.000Z', 'Contacted'),
    ]
    expect(cadence(earlyTalk).nextCallAfter?.toISOString()).toBe('2026-06-16T10:00:00.000Z')
  })
})

describe('across a DST change in America/Chicago', () => {
  // Spring forward: Sunday 2026-03-08 02:00 CST became 03:00 CDT, so that day had 23 hours.
  // now = Thursday March 12, 12:00 CDT (UTC−5) = 17:00Z. 168 h earlier is March 5 17:00Z =
  // 11:00 CST (UTC−6): one clock hour earlier than "the same time a week ago" (12:00 CST).
  const now = new TZDate(2026, 2, 12, 12, 0, 0, 'America/Chicago')

  it('the window is 168 hours, not 7 calendar days', () => {
    expect(now.toISOString()).toBe('2026-03-12T12:00:00.000-05:00')
    expect(new Date(windowStart(now, RULES)).toISOString()).toBe('2026-03-05T17:00:00.000Z')
    // 11:30 CST on March 5 (17:30Z) is 167.5 hours old: inside, though a calendar week would
    // have started at 12:00 CST and left it out.
    expect(loanCadence('l', [call('2026-03-05T17:30:00.000Z')], now, RULES).callsInWindow).toBe(1)
    expect(loanCadence('l', [call('2026-03-05T17:00:00.000Z')], now, RULES).callsInWindow).toBe(0)
    expect(loanCadence('l', [call('2026-03-05T17:00:00.001Z')], now, RULES).callsInWindow).toBe(1)
  })

  it('a conversation before the change is quiet for 168 hours, ending an hour later on the clock', () => {
    // Contacted March 5 12:00 CST (18:00Z) + 168 h = March 12 18:00Z = 13:00 CDT.
    const talk = call('2026-03-05T18:00:00.000Z', 'Contacted')
    expect(loanCadence('l', [talk], now, RULES).nextCallAfter?.toISOString()).toBe(
      '2026-03-12T18:00:00.000Z',
    )
  })

  it('fall back: the window over the 25-hour day is still 168 hours', () => {
    // 2026-11-01 02:00 CDT became 01:00 CST. now = Nov 5 09:00 CST (UTC−6) = 15:00Z; 168 h before
    // is Oct 29 15:00Z = 10:00 CDT (UTC−5), one clock hour later than 09:00.
    const after = new TZDate(2026, 10, 5, 9, 0, 0, 'America/Chicago')
    expect(new Date(windowStart(after, RULES)).toISOString()).toBe('2026-10-29T15:00:00.000Z')
    // 09:30 CDT on Oct 29 (14:30Z) is 168.5 hours old: outside.
    expect(loanCadence('l', [call('2026-10-29T14:30:00.000Z')], after, RULES).callsInWindow).toBe(0)
  })
})

describe('per loan', () => {
  const wire = (loanId: string, callTimestamp: string, callStatus: Status = 'Attempted') =>
    ({ loanId, callTimestamp, callStatus }) as WireCall

  it('judges each loan on its own calls, and lists known loans with none', () => {
    const calls = [
      ...sevenFrom('2026-06-09T10:00:00.000Z').map((c) => wire('b', c.callTimestamp)),
      wire('a', '2026-06-14T09:00:00.000Z'),
    ]
    const result = cadenceByLoan(calls, ['c', 'a'], NOW, RULES)
    expect(result.map((l) => [l.loanId, l.callsInWindow, l.nextCallAfter?.toISOString()])).toEqual([
      ['a', 1, undefined],
      ['b', 7, '2026-06-16T10:00:00.000Z'],
      ['c', 0, undefined],
    ])
  })
})
