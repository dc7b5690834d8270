import { addHours, subHours } from 'date-fns'
import type { WireCall } from '../../../contract/call-record-schema'
import type { ContactCadenceConfig } from '../../../contract/contact-cadence-config'

/**
 * An internal guardrail modelled on the call-frequency presumption of 12 CFR 1006.14(b)(2) (not
 * legal advice): a collector is presumed to harass who calls about one debt (a) more than 7 times
 * within 7 consecutive days, or (b) within 7 days after having had a telephone conversation about it.
 *
 * Our reading, rule by rule:
 * - Counted per debt: one loan. A borrower's loans are judged one by one.
 * - "7 consecutive days" is a rolling window of `windowDays × 24` hours up to now, not a calendar
 *   week, and not calendar days in any zone: across a DST change it is still 168 hours. The window
 *   is half-open, (now − 168 h, now]: a call exactly 168 hours old has left it.
 * - The count covers every logged call (the data has no call direction, so none can be left out).
 * - Count rule: with N calls allowed, the loan is at the limit when the window holds N or more
 *   (the next call would be the N+1th, "more than N"). It is allowed again once the window holds
 *   N − 1: when the call that keeps the count at N leaves it, the (count − N + 1)th oldest call in
 *   the window, at its timestamp + the window.
 * - Conversation rule: a "Contacted" call is a telephone conversation. No call until
 *   `daysAfterConversation × 24` hours after the most recent one (a call at exactly that moment is
 *   allowed: the same half-open reading as the window).
 * - At the limit, the next call is allowed after the later of the moments of the rules that apply.
 */
export type CadenceRules = ContactCadenceConfig

export type LoanCadence = {
  loanId: string
  /** Calls in (now − window, now]. */
  callsInWindow: number
  /** The most recent Contacted call in (now − daysAfterConversation, now], if any. */
  lastConversation: Date | null
  /** `lastConversation` + daysAfterConversation. */
  conversationQuietUntil: Date | null
  /** null: within cadence. Otherwise the moment from which the next call is allowed. */
  nextCallAfter: Date | null
}

/** The exclusive start of the rolling window that ends at `now`. */
export const windowStart = (now: Date, rules: CadenceRules): Date =>
  subHours(now, rules.windowDays * 24)

/** How far back calls matter at `now` (exclusive): the longer of the two rules' periods. */
export const lookbackStart = (now: Date, rules: CadenceRules): Date =>
  subHours(now, Math.max(rules.windowDays, rules.daysAfterConversation) * 24)

// No upper bound: a call stamped a little after this browser's "now" (a clock running slow) has
// happened all the same, and a guardrail errs toward counting it.
const inWindow = (at: Date, now: Date, rules: CadenceRules) => at > windowStart(now, rules)

/** The cadence of one loan from its calls (any order; calls outside the window are ignored). */
export function loanCadence(
  loanId: string,
  calls: readonly Pick<WireCall, 'callTimestamp' | 'callStatus'>[],
  now: Date,
  rules: CadenceRules,
): LoanCadence {
  const times = calls.map((c) => ({
    at: new Date(c.callTimestamp),
    contacted: c.callStatus === 'Contacted',
  }))
  const window = times
    .filter((c) => inWindow(c.at, now, rules))
    .sort((a, b) => a.at.getTime() - b.at.getTime())

  const limits: Date[] = []
  const excess = window.length - rules.maxCallsInWindow
  // undefined while the window holds fewer calls than allowed (an array has no index below 0)
  const keeper = window[excess]
  if (keeper) limits.push(addHours(keeper.at, rules.windowDays * 24))

  const quietStart = subHours(now, rules.daysAfterConversation * 24)
  const conversations = times
    .filter((c) => c.contacted && c.at > quietStart)
    .map((c) => c.at.getTime())
  const lastConversation = conversations.length > 0 ? new Date(Math.max(...conversations)) : null
  const conversationQuietUntil =
    lastConversation && addHours(lastConversation, rules.daysAfterConversation * 24)
  if (conversationQuietUntil) limits.push(conversationQuietUntil)

  const nextCallAfter =
    limits.length > 0 ? new Date(Math.max(...limits.map((d) => d.getTime()))) : null
  return {
    loanId,
    callsInWindow: window.length,
    lastConversation,
    conversationQuietUntil,
    nextCallAfter,
  }
}

/**
 * One cadence per loan: the loans with calls given, plus `knownLoans` (loans seen in the result
 * with no call in the window, shown as within cadence), in order of loan id so the list is stable.
 */
export function cadenceByLoan(
  calls: readonly WireCall[],
  knownLoans: readonly string[],
  now: Date,
  rules: CadenceRules,
): LoanCadence[] {
  const byLoan = new Map<string, WireCall[]>()
  // Stryker disable next-line ArrayDeclaration: loanCadence reads callTimestamp and callStatus; an element that is not a call has neither, so it dates to Invalid Date and falls in no window
  for (const loanId of knownLoans) byLoan.set(loanId, [])
  for (const call of calls) {
    const loanCalls = byLoan.get(call.loanId)
    if (loanCalls) loanCalls.push(call)
    else byLoan.set(call.loanId, [call])
  }
  return [...byLoan.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([loanId, loanCalls]) => loanCadence(loanId, loanCalls, now, rules))
}
