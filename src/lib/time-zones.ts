// Which zones the dashboard offers, and how each is named. Zones are IANA names throughout; "local"
// stands for the browser's own, resolved when read (a laptop that travels follows its clock).
import { browserTimeZone, formatZone } from './dates'

/** The choice that follows the browser's zone. */
export const LOCAL_ZONE = 'local'

/** The US zones an agent is most often asked about, in the order they cross the country. */
export const US_ZONES: readonly { zone: string; name: string }[] = [
  { zone: 'America/New_York', name: 'Eastern' },
  { zone: 'America/Chicago', name: 'Central' },
  { zone: 'America/Denver', name: 'Mountain' },
  { zone: 'America/Los_Angeles', name: 'Pacific' },
  { zone: 'America/Anchorage', name: 'Alaska' },
  { zone: 'Pacific/Honolulu', name: 'Hawaii' },
]

/**
 * The zone's canonical IANA spelling ("america/chicago" → "America/Chicago"), or null when the
 * platform does not know it. Only names: a bare offset ("+05:00") is no place's clock, and a link
 * must say where its days were read.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null // RangeError: not a zone this browser knows
  }
}

/** A stored or chosen value ("local" or a zone) as the zone it means now. */
export const resolveZoneChoice = (choice: string, local: string = browserTimeZone()): string =>
  choice === LOCAL_ZONE ? local : choice

export type ZoneOption = { value: string; label: string }

/**
 * The Time zone select's options: the local zone (named), UTC, the US zones, and `extra` (a zone a
 * link brought) when it is none of those. Abbreviations are those in force at `at`.
 */
export function zoneOptions(local: string, at: Date, extra: string | null = null): ZoneOption[] {
  const abbreviation = (zone: string) => formatZone(at.toISOString(), zone)
  const options: ZoneOption[] = [
    { value: LOCAL_ZONE, label: `Local: ${local} (${abbreviation(local)})` },
    { value: 'UTC', label: 'UTC' },
    ...US_ZONES.map(({ zone, name }) => ({
      value: zone,
      label: `${name}: ${zone} (${abbreviation(zone)})`,
    })),
  ]
  if (extra !== null && !options.some((o) => o.value === extra))
    options.push({ value: extra, label: `${extra} (${abbreviation(extra)})` })
  return options
}

/**
 * Which option shows the zone in use: the link's zone when it carries one (a shared link's days
 * are read where they were chosen), else the stored choice. The local zone reads as "Local" unless
 * the stored choice names it itself.
 */
export function selectedZoneValue(linkZone: string | null, choice: string, local: string): string {
  if (linkZone === null || linkZone === resolveZoneChoice(choice, local)) return choice
  return linkZone === local ? LOCAL_ZONE : linkZone
}
