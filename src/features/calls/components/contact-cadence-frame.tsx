import type { ReactNode } from 'react'
import type { CadenceRules } from '../model/contact-cadence'

/**
 * The "Contact cadence" section around its figures. It is part of the first load (a few hundred
 * bytes) and drawn as soon as a search names a loan or borrower, before the figures' code and
 * calls arrive: the table below keeps its place when they do.
 */
export function ContactCadenceFrame({
  rules,
  children,
}: {
  rules: CadenceRules
  children: ReactNode
}) {
  const hours = rules.windowDays * 24
  return (
    <section className="card cadence" aria-labelledby="cadence-title">
      {/* Focusable from script: Try again takes its notice away, and focus comes here. */}
      <h2 id="cadence-title" tabIndex={-1}>
        Contact cadence
      </h2>
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
      {children}
    </section>
  )
}

/**
 * While the figures' code or the window's calls are on their way: one loan's block, with its labels
 * and no values, so the section is already the height it will most often have (one loan).
 */
export function CadencePending({ windowDays }: { windowDays: number }) {
  return (
    // In the loans' grid, so it is laid out as a lone loan would be.
    <div className="cadence-loans">
      <div className="cadence-loan">
        <h3 aria-hidden="true">Loan</h3>
        {/* Not a live region: the results' own status already says the search is loading. */}
        <p className="cadence-status cadence-pending">
          Counting the calls of the last {windowDays} days…
        </p>
        <dl className="cadence-figures" aria-hidden="true">
          <div>
            <dt>Calls in the last {windowDays} days</dt>
            <dd>…</dd>
          </div>
          <div>
            <dt>Last conversation</dt>
            <dd>…</dd>
          </div>
        </dl>
      </div>
    </div>
  )
}
