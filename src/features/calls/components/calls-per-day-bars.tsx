import { useId, useState } from 'react'
import { formatDayKey } from '../../../lib/local-days'
import type { CallsPerDay, DayCounts } from '../model/calls-per-day'
import { labelEvery, valueTicks } from '../model/chart-scale'
import { useElementWidth } from './use-element-width'
import { formatCount } from '../../../lib/format-count'

const PLOT_HEIGHT = 180
const PAD_TOP = 10
const LABEL_ROOM = 24
const HEIGHT = PAD_TOP + PLOT_HEIGHT + LABEL_ROOM
const AXIS_WIDTH = 52
/** Below this many pixels a day, the bars stop shrinking and the chart scrolls sideways instead. */
const MIN_STEP = 4
/** Room for a day label ("Sep 30"), and for one that also names its year ("Jan 2, 2027"). */
const LABEL_GAP = 64
const LABEL_GAP_WITH_YEAR = 96
/** Room for the last day's label, which is centred on its bar. */
const PAD_RIGHT = 36

/** The colour of a status: the known ones match their badges; any other is hatched, as "other". */
export const statusFillClass = (status: string) =>
  status === 'Contacted'
    ? 'chart-fill-contacted'
    : status === 'Attempted'
      ? 'chart-fill-attempted'
      : 'chart-fill-other'

const count = formatCount

/** The bars: a fixed value axis, and a plot that fits the width or, for many days, scrolls. */
export function CallsPerDayBars({ data }: { data: CallsPerDay }) {
  const [ref, width] = useElementWidth<HTMLDivElement>()
  // jsdom has no layout: there the plot is drawn at the narrowest step.
  const measured = width > 0 || typeof ResizeObserver === 'undefined'
  const id = useId()
  const [hovered, setHovered] = useState<number | null>(null)
  const n = data.days.length
  const step = Math.max(MIN_STEP, n > 0 ? (width - AXIS_WIDTH - PAD_RIGHT) / n : 0)
  const plotWidth = Math.max(0, Math.floor(n * step))
  const barWidth = step >= 8 ? Math.min(step * 0.7, 32) : Math.max(1, step - 1)
  const scrolls = plotWidth + PAD_RIGHT > width - AXIS_WIDTH
  const ticks = valueTicks(data.max)
  const top = ticks.at(-1) ?? 1
  const y = (value: number) => PAD_TOP + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT
  // The caption names the range's years; a label names its year only where a new year begins.
  const manyYears = data.days[0]?.day.slice(0, 4) !== data.days.at(-1)?.day.slice(0, 4)
  const every = labelEvery(step, manyYears ? LABEL_GAP_WITH_YEAR : LABEL_GAP)
  const labelYears = data.days.map((d, i) => (i % every === 0 ? d.day.slice(0, 4) : ''))
  const showsYear = (i: number) => i > 0 && labelYears[i] !== labelYears[i - every]

  const hoveredDay = hovered === null ? undefined : data.days[hovered]

  return (
    <div className="chart-body" ref={ref}>
      {/* For pointing at a bar; the same numbers are in the table, for every reader. */}
      <p className="chart-readout" aria-hidden="true">
        {hoveredDay ? describeDay(hoveredDay, data.statuses) : 'Point at a bar for its numbers.'}
      </p>
      <div className="chart-frame">
        <svg className="chart-axis" width={AXIS_WIDTH} height={HEIGHT} aria-hidden="true">
          <text
            className="chart-axis-title"
            transform={`translate(12 ${PAD_TOP + PLOT_HEIGHT / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            Calls
          </text>
          {ticks.map((t) => (
            <text key={t} x={AXIS_WIDTH - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {count(t)}
            </text>
          ))}
        </svg>
        {/* Drawn once the width is known (the frame after it mounts), never at a guessed width. */}
        {/* When the days overflow, the keyboard can scroll them too: focusable, and named. */}
        {measured && (
          <div
            className="chart-scroll"
            {...(scrolls
              ? { tabIndex: 0, role: 'region', 'aria-label': 'Bars by day, scroll sideways' }
              : {})}
          >
            <svg
              className="chart-plot"
              width={plotWidth + PAD_RIGHT}
              height={HEIGHT}
              aria-hidden="true"
              onPointerMove={(event) => {
                const left = event.currentTarget.getBoundingClientRect().left
                const i = Math.floor((event.clientX - left) / step)
                setHovered(i >= 0 && i < n ? i : null)
              }}
              onPointerLeave={() => setHovered(null)}
            >
              <defs>
                <pattern
                  id={`${id}-hatch`}
                  width="4"
                  height="4"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="4" height="4" className="chart-hatch-bg" />
                  <line x1="0" y1="0" x2="0" y2="4" className="chart-hatch-line" />
                </pattern>
              </defs>
              {ticks.map((t) => (
                <line key={t} className="chart-grid" x1={0} x2={plotWidth} y1={y(t)} y2={y(t)} />
              ))}
              {hovered !== null && (
                <rect
                  className="chart-hover"
                  x={hovered * step}
                  width={step}
                  y={PAD_TOP}
                  height={PLOT_HEIGHT}
                />
              )}
              {/* One path per status, not a node per bar: two years of days stay light to draw. */}
              {data.statuses.map((status, k) => (
                <path
                  key={status}
                  className={statusFillClass(status)}
                  fill={
                    statusFillClass(status) === 'chart-fill-other' ? `url(#${id}-hatch)` : undefined
                  }
                  d={barsPath(data, k, step, barWidth, y)}
                />
              ))}
              {data.days.map(
                (day, i) =>
                  i % every === 0 && (
                    <text
                      key={day.day}
                      className="chart-day"
                      x={i === 0 ? 0 : i * step + step / 2}
                      y={PAD_TOP + PLOT_HEIGHT + 16}
                      textAnchor={i === 0 ? 'start' : 'middle'}
                    >
                      {formatDayKey(day.day, showsYear(i))}
                    </text>
                  ),
              )}
              <line className="chart-baseline" x1={0} x2={plotWidth} y1={y(0)} y2={y(0)} />
            </svg>
          </div>
        )}
      </div>
      <p className="chart-axis-note">Day, in {data.zone}</p>
    </div>
  )
}

/** The bars of status `k`, each stacked on the statuses before it, as one path. */
function barsPath(
  data: CallsPerDay,
  k: number,
  step: number,
  barWidth: number,
  y: (value: number) => number,
): string {
  const parts: string[] = []
  data.days.forEach((day, i) => {
    const value = day.counts[k]!
    if (value === 0) return
    const below = day.counts.slice(0, k).reduce((a, b) => a + b, 0)
    const x = i * step + (step - barWidth) / 2
    const top = y(below + value)
    parts.push(`M${x} ${top}h${barWidth}V${y(below)}h${-barWidth}Z`)
  })
  return parts.join('')
}

function describeDay(day: DayCounts, statuses: string[]): string {
  const calls = `${count(day.total)} ${day.total === 1 ? 'call' : 'calls'}`
  const parts = statuses.map((s, k) => `${count(day.counts[k]!)} ${s || 'Unknown'}`)
  return `${formatDayKey(day.day, true)}: ${calls}${day.total ? ` (${parts.join(', ')})` : ''}`
}
