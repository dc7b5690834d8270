import { useCallback } from 'react'
import { useDevicePreference } from '../../../lib/device-preference'
import { canonicalTimeZone, LOCAL_ZONE, resolveZoneChoice } from '../../../lib/time-zones'

const KEY = 'calltracking.timeZone'

/** A stored choice as "local" or a zone this browser knows; anything else is "local". */
export const parseZoneChoice = (stored: string | null): string =>
  stored === null || stored === LOCAL_ZONE ? LOCAL_ZONE : (canonicalTimeZone(stored) ?? LOCAL_ZONE)

/** The Time zone choice remembered on this device: "local" (the default) or an IANA zone. */
export function useTimeZoneChoice(): [string, (choice: string) => void] {
  const [stored, store] = useDevicePreference(KEY)
  const set = useCallback((choice: string) => store(choice === LOCAL_ZONE ? null : choice), [store])
  return [parseZoneChoice(stored), set]
}

/** The zone times are shown and days read in: the link's own, else the one chosen on this device. */
export function useDisplayZone(linkZone: string | null): string {
  const [choice] = useTimeZoneChoice()
  return linkZone ?? resolveZoneChoice(choice)
}
