import { useId, useMemo } from 'react'
import { browserTimeZone } from '../../../lib/dates'
import { resolveZoneChoice, selectedZoneValue, zoneOptions } from '../../../lib/time-zones'
import { useNow } from '../../../lib/use-now'
import { useTimeZoneChoice } from '../hooks/use-time-zone-choice'

type TimeZoneSelectProps = {
  /** The zone a link's From/To were read in (its `tz`), shown as the one in use. */
  linkZone: string | null
  /** A zone was chosen (as an IANA name): the view reads its days there from now on. */
  onZoneChange: (zone: string) => void
}

/** "Time zone": where every time is shown and From/To are read; the choice is kept on this device. */
export function TimeZoneSelect({ linkZone, onZoneChange }: TimeZoneSelectProps) {
  const id = useId()
  const [choice, setChoice] = useTimeZoneChoice()
  const local = browserTimeZone()
  const value = selectedZoneValue(linkZone, choice, local)
  // Each zone's abbreviation, read again as the page's clock ticks (a DST change shows within
  // 30 s), not on every render of the calls page: a whole result re-renders it at each sort.
  const now = useNow()
  const options = useMemo(() => zoneOptions(local, new Date(now), linkZone), [local, now, linkZone])
  return (
    <span className="preference">
      <label htmlFor={id}>Time zone</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          setChoice(e.target.value)
          onZoneChange(resolveZoneChoice(e.target.value, local))
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  )
}
