import { useId, useSyncExternalStore } from 'react'

// How the dashboard looks on this device: not data, not secrets, so localStorage is the place.
const THEMES = ['system', 'light', 'dark'] as const
type Theme = (typeof THEMES)[number]
const THEME_KEY = 'calltracking.theme'
const DENSITY_KEY = 'calltracking.density'

const listeners = new Set<() => void>()
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null // storage may be off (private mode, policy): the defaults hold
  }
}
function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // Not remembered, but still applied for this visit.
  }
  applyDisplayPreferences()
  listeners.forEach((l) => l())
}

const readTheme = (): Theme => THEMES.find((t) => t === read(THEME_KEY)) ?? 'system'
const readCompact = (): boolean => read(DENSITY_KEY) === 'compact'

/** Puts the stored choices on <html>, where the CSS tokens read them. Called once before render. */
export function applyDisplayPreferences() {
  const root = document.documentElement
  const theme = readTheme()
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  if (readCompact()) root.dataset.density = 'compact'
  else delete root.dataset.density
}

/** System / Light / Dark, remembered on this device. */
export function ThemeSelect() {
  const id = useId()
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const)
  return (
    <span className="preference">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={theme}
        onChange={(e) => write(THEME_KEY, e.target.value === 'system' ? null : e.target.value)}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  )
}

/** Row density of tables, remembered on this device. */
export function CompactRowsToggle() {
  const id = useId()
  const compact = useSyncExternalStore(subscribe, readCompact, () => false)
  return (
    <span className="preference">
      <input
        id={id}
        type="checkbox"
        checked={compact}
        onChange={(e) => write(DENSITY_KEY, e.target.checked ? 'compact' : null)}
      />
      <label htmlFor={id}>Compact rows</label>
    </span>
  )
}
