import type { WireCall } from '../../../contract/call-record-schema'
import { formatLocalDateTime, formatZone } from '../../../lib/dates'
import type { CallsRequest } from '../api/calls-api'
import { useContactCadence } from '../hooks/use-contact-cadence'
import type { CadenceRules, LoanCadence } from '../model/contact-cadence'
import type { ApiFilters } from '../model/filter-validation'
import { CadencePending } from './contact-cadence-frame'
import { describeError } from './describe-error'

export type ContactCadenceProps = {
  request: CallsRequest
  /** The search's filters as the API gets them; null while they are invalid. */
  filters: ApiFilters | null
  /**
   * The calls the result shows, for the loans that have none in the window; null while the
   * search's rows are on their way. Until then the waiting block stands in, not "no calls" before
   * the result has named the loans that have none in the window.
   */
  resultCalls: readonly WireCall[] | null
  /** The IANA zone times are shown in. */
  zone: string
}

const when = (date: Date, zone: string) => {
  const iso = date.toISOString()
  return (
    <time dateTime={iso}>
      {formatLocalDateTime(iso, zone)} {formatZone(iso, zone)}
    </time>
  )
}

/**
 * The body of "Contact cadence": "May I call again now?" for the searched loan, or each loan of the
 * searched borrower. Its frame (heading, note, how it is counted) and a waiting block of one loan's
 * height are drawn by the slot as soon as a search names a loan or borrower.
 */
export function ContactCadence({ request, filters, resultCalls, zone }: ContactCadenceProps) {
  const { subject, rules, loans, query } = useContactCadence(
    request,
    filters,
    resultCalls ?? NO_CALLS,
  )
  const ready = subject !== null && resultCalls !== null && !query.isPending
  return (
    <>
      {/* The verdict is said, not only shown: an agent on a screen reader must hear "at limit"
          before dialling. The region stays in the page while the figures load, so its change is
          announced. */}
      <p className="visually-hidden" role="status">
        {ready && loans
          ? cadenceVerdict(loans.length, loans.filter((l) => l.nextCallAfter).length, rules)
          : ''}
      </p>
      {!ready ? (
        <CadencePending windowDays={rules.windowDays} />
      ) : query.isError && !loans ? (
        // Not an alert: a failed search already raises one, and this says what it means here.
        <div className="notice notice-error" role="status">
          <p className="notice-title">The contact cadence could not be worked out.</p>
          <p>{describeError(query.error, request.credentials).title}</p>
          <div className="notice-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                // The notice gives way to the waiting block: focus goes to the section's heading,
                // not to the page body.
                document.getElementById('cadence-title')?.focus()
                void query.refetch()
              }}
            >
              Try again
            </button>
          </div>
        </div>
      ) : loans && loans.length > 0 ? (
        <ul className="cadence-loans">
          {loans.map((loan) => (
            <LoanCadenceItem key={loan.loanId} loan={loan} rules={rules} zone={zone} />
          ))}
        </ul>
      ) : (
        <p>No calls in the last {rules.windowDays} days: within cadence.</p>
      )}
    </>
  )
}

const NO_CALLS: readonly WireCall[] = []

/** What the live region says once the figures are in: the loans at their limit first. */
function cadenceVerdict(loans: number, atLimit: number, rules: CadenceRules): string {
  if (loans === 0)
    return `Contact cadence: no calls in the last ${rules.windowDays} days, within cadence.`
  if (atLimit === 0)
    return loans === 1
      ? 'Contact cadence: the loan is within cadence.'
      : `Contact cadence: all ${loans} loans are within cadence.`
  return loans === 1
    ? 'Contact cadence: the loan is at its limit.'
    : `Contact cadence: ${atLimit} of ${loans} loans at their limit.`
}

function LoanCadenceItem({
  loan,
  rules,
  zone,
}: {
  loan: LoanCadence
  rules: CadenceRules
  zone: string
}) {
  const atLimit = loan.nextCallAfter !== null
  return (
    <li className="cadence-loan">
      <h3>
        Loan <code className="id">{loan.loanId}</code>
      </h3>
      <p className={`cadence-status ${atLimit ? 'cadence-at-limit' : 'cadence-within'}`}>
        {loan.nextCallAfter ? (
          <>At limit: next call after {when(loan.nextCallAfter, zone)}</>
        ) : (
          'Within cadence'
        )}
      </p>
      <dl className="cadence-figures">
        <div>
          <dt>Calls in the last {rules.windowDays} days</dt>
          <dd>
            {loan.callsInWindow} of {rules.maxCallsInWindow}
          </dd>
        </div>
        <div>
          <dt>Last conversation</dt>
          <dd>
            {loan.lastConversation && loan.conversationQuietUntil ? (
              <>
                {when(loan.lastConversation, zone)}; {rules.daysAfterConversation} days after:{' '}
                {when(loan.conversationQuietUntil, zone)}
              </>
            ) : (
              `None in ${rules.daysAfterConversation} days`
            )}
          </dd>
        </div>
      </dl>
    </li>
  )
}
