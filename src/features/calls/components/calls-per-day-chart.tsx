import { useId, useMemo, useState } from 'react'
import { formatDayKey } from '../../../lib/local-days'
import type { CallTally } from '../model/call-tally'
import { callsPerDay, type FilterRange } from '../model/calls-per-day'
import { CallsPerDayBars, statusFillClass } from './calls-per-day-bars'
import './calls-per-day-chart.css'
import { formatCount } from '../../../lib/format-count'

type CallsPerDayChartProps = {
  tally: CallTally
  /** The zone whose calendar days are counted (an IANA name). */
  zone: string
  range: FilterRange
}

const count = formatCount
const statusLabel = (status: string) => status || 'Unknown'

/**
 * "Calls per day": bars stacked by status, or the same numbers as a table. The drawing is hidden
 * from screen readers; the caption's summary and the table (one button away) carry the numbers. (A
 * hidden copy of the table beside the drawing made axe, and so the e2e suite, far slower on long
 * ranges: one row a day.)
 */
export function CallsPerDayChart({ tally, zone, range }: CallsPerDayChartProps) {
  const { startdate, enddate } = range
  const data = useMemo(
    () => callsPerDay(tally, zone, { startdate, enddate }),
    [tally, zone, startdate, enddate],
  )
  const [asTable, setAsTable] = useState(false)
  const id = useId()
  const first = data.days[0]
  const last = data.days.at(-1)
  const busiest = data.days.reduce<(typeof data.days)[number] | null>(
    (best, day) => (day.total > (best?.total ?? 0) ? day : best),
    null,
  )
  const description =
    first && last
      ? `${formatDayKey(first.day, true)} to ${formatDayKey(last.day, true)}, ${count(data.days.length)} ${data.days.length === 1 ? 'day' : 'days'} in ${zone}${busiest ? `; the busiest, ${formatDayKey(busiest.day, true)}, had ${count(busiest.total)}` : '; no calls'}.`
      : 'No calls, and no date range to show.'

  return (
    <figure
      className="chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <figcaption className="chart-caption">
        <span className="chart-title" id={`${id}-title`}>
          Calls per day
        </span>
        <button
          type="button"
          className="button button-small"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          Show as table
        </button>
      </figcaption>
      <p className="hint chart-description" id={`${id}-description`}>
        {description}
      </p>
      {data.days.length > 0 &&
        (asTable ? (
          <CallsPerDayTable data={data} />
        ) : (
          <>
            <ul className="chart-legend" aria-label="Legend">
              {data.statuses.map((status) => (
                <li key={status}>
                  <span className={`chart-swatch ${statusFillClass(status)}`} aria-hidden="true" />
                  {statusLabel(status)}
                </li>
              ))}
            </ul>
            <CallsPerDayBars data={data} />
          </>
        ))}
    </figure>
  )
}

function CallsPerDayTable({ data }: { data: ReturnType<typeof callsPerDay> }) {
  const totals = data.statuses.map((_, i) => data.days.reduce((sum, d) => sum + d.counts[i]!, 0))
  const table = (
    <table className="data-table chart-table">
      <caption className="visually-hidden">Calls per day, days in {data.zone}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {data.statuses.map((status) => (
            <th scope="col" key={status}>
              {statusLabel(status)}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {data.days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{day.day}</th>
            {day.counts.map((n, i) => (
              <td key={data.statuses[i]}>{count(n)}</td>
            ))}
            <td>{count(day.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All days</th>
          {totals.map((n, i) => (
            <td key={data.statuses[i]}>{count(n)}</td>
          ))}
          <td>{count(totals.reduce((a, b) => a + b, 0))}</td>
        </tr>
      </tfoot>
    </table>
  )
  return (
    // A long range scrolls inside this box: focusable, so a keyboard can scroll it too, and named.
    <div
      className="table-scroll chart-table-scroll"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label="Table by day, scrollable"
    >
      {table}
    </div>
  )
}
