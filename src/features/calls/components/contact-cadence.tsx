import type { WireCall } from '../../../contract/call-record-schema'
import { formatLocalDateTime, formatZone } from '../../../lib/dates'
import type { CallsRequest } from '../api/calls-api'
import { useContactCadence } from '../hooks/use-contact-cadence'
import type { CadenceRules, LoanCadence } from '../model/contact-cadence'
import type { ApiFilters } from '../model/filter-validation'
import { describeError } from './describe-error'

export type ContactCadenceProps = {
  request: CallsRequest
  /** The search's filters as the API gets them; null while they are invalid. */
  filters: ApiFilters | null
  /** The calls the result shows, for the loans that have none in the window. */
  resultCalls: readonly WireCall[]
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
 * "May I call again now?" for the searched loan, or each loan of the searched borrower. Shown only
 * for a search by loan or borrower: the rules count calls per debt.
 */
export function ContactCadence({ request, filters, resultCalls, zone }: ContactCadenceProps) {
  const { subject, rules, loans, query } = useContactCadence(request, filters, resultCalls)
  if (!subject) return null
  const hours = rules.windowDays * 24
  return (
    <section className="card cadence" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Contact cadence</h2>
      <p className="muted cadence-note">An internal guardrail, not legal advice.</p>
      {/* The full reading folds away: on a phone the table stays near the top. */}
      <details className="cadence-note muted">
        <summary>How it is counted</summary>
        <p>
          Modelled on the call-frequency presumption of 12 CFR 1006.14(b)(2), which presumes
          harassment at more than {rules.maxCallsInWindow} calls about one loan within{' '}
          {rules.windowDays} days, or a call within {rules.daysAfterConversation} days after a
          conversation (a &ldquo;Contacted&rdquo; call). This counts every logged call on the loan
          in the last {hours} hours (calls have no direction), whatever the other filters, and names
          the later of the two limits.
        </p>
      </details>
      {query.isPending ? (
        <p role="status">Counting the calls of the last {rules.windowDays} days…</p>
      ) : query.isError && !loans ? (
        // Not an alert: a failed search already raises one, and this says what it means here.
        <div className="notice notice-error" role="status">
          <p className="notice-title">The contact cadence could not be worked out.</p>
          <p>{describeError(query.error, request.credentials).title}</p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={() => void query.refetch()}>
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
    </section>
  )
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
