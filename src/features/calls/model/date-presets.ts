import { localDaysEndingToday } from '../../../lib/dates'

/** The quick ranges beside From/To, in the order shown. Each ends today, in the user's zone. */
export const DATE_PRESETS = [
  { label: 'Today', span: 1 },
  { label: 'Last 7 days', span: 7 },
  { label: 'Last 30 days', span: 30 },
  { label: 'This month', span: 'month' },
] as const

export type DatePreset = (typeof DATE_PRESETS)[number]

/** The From and To a preset fills in, as date-input values (`yyyy-MM-dd`). */
export function presetDates(
  preset: DatePreset,
  now: Date,
  zone?: string,
): { startdate: string; enddate: string } {
  const { from, to } = localDaysEndingToday(preset.span, now, zone)
  return { startdate: from, enddate: to }
}
