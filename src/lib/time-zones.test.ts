import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  canonicalTimeZone,
  LOCAL_ZONE,
  resolveZoneChoice,
  selectedZoneValue,
  zoneOptions,
} from './time-zones'

const WINTER = new Date('2026-01-15T12:00:00Z')
const SUMMER = new Date('2026-07-15T12:00:00Z')

describe('zone names', () => {
  it.each([
    ['America/Chicago', 'America/Chicago'],
    ['america/chicago', 'America/Chicago'],
    ['UTC', 'UTC'],
    ['Pacific/Auckland', 'Pacific/Auckland'],
    ['Europe/London', 'Europe/London'],
  ])('knows %s as %s', (name, canonical) => {
    expect(canonicalTimeZone(name)).toBe(canonical)
  })

  it.each(['', 'Mars/Olympus_Mons', '+05:00', '-0600', 'GMT-6 ', '../etc/passwd', 'America/'])(
    'refuses %j',
    (name) => {
      expect(canonicalTimeZone(name)).toBeNull()
    },
  )

  describe('in an engine that takes any offset or path as a zone', () => {
    // Chromium accepts offset zones ("+05:00", ES2024) where Node 20 throws: the name rule, not the
    // engine, is what keeps them out. This engine resolves whatever it is given.
    afterEach(() => vi.restoreAllMocks())
    const lenient = () =>
      vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
        _locale?: Intl.LocalesArgument,
        options?: Intl.DateTimeFormatOptions,
      ) {
        return {
          resolvedOptions: () => ({ timeZone: options?.timeZone }),
        } as Intl.DateTimeFormat
      })

    it.each(['+05:00', '-0600', '../etc/passwd', 'America/', ' UTC'])(
      'still refuses %j',
      (name) => {
        lenient()
        expect(canonicalTimeZone(name)).toBeNull()
      },
    )

    it('asks it about a name', () => {
      lenient()
      expect(canonicalTimeZone('Etc/GMT+5')).toBe('Etc/GMT+5')
    })
  })

  it('resolves "local" to the browser zone, and a zone to itself', () => {
    expect(resolveZoneChoice(LOCAL_ZONE, 'Pacific/Auckland')).toBe('Pacific/Auckland')
    expect(resolveZoneChoice('America/Denver', 'Pacific/Auckland')).toBe('America/Denver')
  })
})

describe('the Time zone options', () => {
  it('names the local zone, then UTC and the US zones, with the abbreviation in force', () => {
    expect(zoneOptions('America/Chicago', WINTER)).toEqual([
      { value: 'local', label: 'Local: America/Chicago (CST)' },
      { value: 'UTC', label: 'UTC' },
      { value: 'America/New_York', label: 'Eastern: America/New_York (EST)' },
      { value: 'America/Chicago', label: 'Central: America/Chicago (CST)' },
      { value: 'America/Denver', label: 'Mountain: America/Denver (MST)' },
      { value: 'America/Los_Angeles', label: 'Pacific: America/Los_Angeles (PST)' },
      { value: 'America/Anchorage', label: 'Alaska: America/Anchorage (AKST)' },
      { value: 'Pacific/Honolulu', label: 'Hawaii: Pacific/Honolulu (HST)' },
    ])
  })

  it('says daylight time in summer', () => {
    const labels = zoneOptions('America/Chicago', SUMMER).map((o) => o.label)
    expect(labels[0]).toBe('Local: America/Chicago (CDT)')
    expect(labels).toContain('Pacific: America/Los_Angeles (PDT)')
    expect(labels).toContain('Hawaii: Pacific/Honolulu (HST)')
  })

  it('adds a zone a link brought, once, when it is not offered already', () => {
    const withAuckland = zoneOptions('UTC', WINTER, 'Pacific/Auckland')
    expect(withAuckland.at(-1)).toEqual({
      value: 'Pacific/Auckland',
      label: 'Pacific/Auckland (GMT+13)',
    })
    expect(zoneOptions('UTC', WINTER, 'America/Denver')).toHaveLength(8)
    expect(zoneOptions('UTC', WINTER, null)).toHaveLength(8)
  })
})

describe('which option shows the zone in use', () => {
  it('is the stored choice when the link carries no zone, or the same one', () => {
    expect(selectedZoneValue(null, LOCAL_ZONE, 'Pacific/Auckland')).toBe(LOCAL_ZONE)
    expect(selectedZoneValue(null, 'America/Denver', 'Pacific/Auckland')).toBe('America/Denver')
    expect(selectedZoneValue('America/Denver', 'America/Denver', 'UTC')).toBe('America/Denver')
    expect(selectedZoneValue('Pacific/Auckland', LOCAL_ZONE, 'Pacific/Auckland')).toBe(LOCAL_ZONE)
  })

  it("keeps a stored choice that names the browser's zone itself, not Local", () => {
    expect(selectedZoneValue('America/Chicago', 'America/Chicago', 'America/Chicago')).toBe(
      'America/Chicago',
    )
  })

  it("is the link's zone when it differs, read as Local when it is the browser's", () => {
    expect(selectedZoneValue('America/Chicago', LOCAL_ZONE, 'Pacific/Auckland')).toBe(
      'America/Chicago',
    )
    expect(selectedZoneValue('Pacific/Auckland', 'UTC', 'Pacific/Auckland')).toBe(LOCAL_ZONE)
  })
})
