import type { CallTally } from '../model/call-tally'
import { formatRate, summaryFigures } from '../model/summary-figures'
import { formatCount } from '../../../lib/format-count'

const count = formatCount

/** The summary's figures as term and value pairs; statuses this build does not know are listed too. */
export function SummaryFigureList({ tally }: { tally: CallTally }) {
  const figures = summaryFigures(tally)
  const items: [term: string, value: string][] = [
    ['Total calls', count(figures.total)],
    ['Contacted', count(figures.byKnownStatus.Contacted)],
    ['Attempted', count(figures.byKnownStatus.Attempted)],
    ...figures.otherStatuses.map(({ status, count: n }): [string, string] => [
      `Status “${status || 'Unknown'}”`,
      count(n),
    ]),
    ['Contact rate', formatRate(figures.contactRate)],
    ['Distinct borrowers', count(figures.distinctBorrowers)],
  ]
  return (
    <dl className="summary-figures">
      {items.map(([term, value]) => (
        <div className="summary-figure" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
