// The fault-injection language shared by CALLTRACKING_FAULTS, the x-calltracking-fault header and
// POST /__faults. A spec is a comma-separated list; each rate is 0..1 and defaults to 1:
//
//   latency=MS[:rate]  latency=MIN-MAX[:rate]   added delay, fixed or uniformly drawn (jitter)
//   status=500|503|429[:rate]                    answer that status instead (problem+json)
//   retry-after=SECONDS                          Retry-After of a 429/503 (default 1)
//   truncate[:rate]                              the real body, cut in half (invalid JSON)
//   wrong-shape[:rate]                           a 200 of valid JSON that is not a CallsPage
//   reset[:rate]                                 the connection is destroyed, no response
//   match=TEXT                                   only requests whose query string contains TEXT
//   count=N                                      only the next N matching requests, then none
//   none | on                                    enabled, but no fault (the control endpoint works)

export const FAULT_STATUSES = [429, 500, 503] as const
export type FaultStatus = (typeof FAULT_STATUSES)[number]

export type FaultSpec = {
  latency: { minMs: number; maxMs: number; rate: number } | null
  status: { code: FaultStatus; rate: number } | null
  retryAfterSeconds: number
  truncateRate: number
  wrongShapeRate: number
  resetRate: number
  match: string | null
  count: number | null
}

export const NO_FAULTS: FaultSpec = {
  latency: null,
  status: null,
  retryAfterSeconds: 1,
  truncateRate: 0,
  wrongShapeRate: 0,
  resetRate: 0,
  match: null,
  count: null,
}

const KEYS = [
  'latency',
  'status',
  'retry-after',
  'truncate',
  'wrong-shape',
  'reset',
  'match',
  'count',
] as const
type Key = (typeof KEYS)[number]
const FLAGS: readonly Key[] = ['truncate', 'wrong-shape', 'reset']

/** A spec that does not parse; the message says which item and what it accepts. */
export class FaultSpecError extends Error {}

function fail(message: string): never {
  throw new FaultSpecError(message)
}

function wholeNumber(text: string, what: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN
  if (!(n >= min && n <= max)) fail(`${what} must be a whole number from ${min} to ${max}`)
  return n
}

function rate(text: string | undefined, key: string): number {
  if (text === undefined) return 1
  const n = /^(?:0|1|0?\.\d+|[01]\.\d+)$/.test(text) ? Number(text) : NaN
  if (!(n >= 0 && n <= 1)) fail(`the rate of ${key} must be a number from 0 to 1 (got "${text}")`)
  return n
}

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key)
}

/** Parses a spec strictly: an unknown key, a repeated key or a value out of range is an error. */
export function parseFaultSpec(text: string): FaultSpec {
  const trimmed = text.trim()
  if (trimmed === 'none' || trimmed === 'on') return NO_FAULTS
  if (trimmed === '') fail('the spec is empty (write "none" for no fault)')
  const spec: FaultSpec = { ...NO_FAULTS }
  const seen = new Set<Key>()
  for (const raw of trimmed.split(',')) {
    const item = raw.trim()
    const eq = item.indexOf('=')
    const key = (eq === -1 ? (item.split(':')[0] ?? '') : item.slice(0, eq)).trim()
    if (!isKey(key)) fail(`unknown fault "${item}" (known: ${KEYS.join(', ')}; or "none" alone)`)
    if (seen.has(key)) fail(`${key} is given twice`)
    seen.add(key)
    if (key === 'match') {
      // Everything after the first "=": the text may itself hold "=" and ":".
      const value = eq === -1 ? '' : item.slice(eq + 1)
      if (value === '') fail('match needs the text to look for, such as match=borrowerid=100000001')
      spec.match = value
      continue
    }
    if (FLAGS.includes(key)) {
      if (eq !== -1) fail(`${key} takes no value, only an optional rate: ${key} or ${key}:0.1`)
      const [, r, extra] = item.split(':')
      if (extra !== undefined) fail(`${key} has more than one rate`)
      const value = rate(r, key)
      if (key === 'truncate') spec.truncateRate = value
      else if (key === 'wrong-shape') spec.wrongShapeRate = value
      else spec.resetRate = value
      continue
    }
    if (eq === -1) fail(`${key} needs a value, such as ${example(key)}`)
    const [value = '', r, extra] = item.slice(eq + 1).split(':')
    if (extra !== undefined) fail(`${key} has more than one rate`)
    if (key === 'latency') {
      const range = /^(\d+)(?:-(\d+))?$/.exec(value)
      if (!range) fail(`latency must be milliseconds (latency=800) or a range (latency=200-1200)`)
      const minMs = wholeNumber(range[1] ?? '', 'latency', 0, 600_000)
      const maxMs = range[2] === undefined ? minMs : wholeNumber(range[2], 'latency', 0, 600_000)
      if (maxMs < minMs) fail('latency range must go from low to high, such as latency=200-1200')
      spec.latency = { minMs, maxMs, rate: rate(r, key) }
    } else if (key === 'status') {
      const code = FAULT_STATUSES.find((s) => String(s) === value)
      if (code === undefined) fail(`status must be one of ${FAULT_STATUSES.join(', ')}`)
      spec.status = { code, rate: rate(r, key) }
    } else {
      if (r !== undefined) fail(`${key} takes no rate`)
      if (key === 'retry-after') spec.retryAfterSeconds = wholeNumber(value, key, 0, 86_400)
      else spec.count = wholeNumber(value, key, 1, 1_000_000)
    }
  }
  if (seen.has('retry-after') && spec.status?.code === 500)
    fail('retry-after goes with status=429 or status=503, not 500')
  if (seen.has('retry-after') && !spec.status) fail('retry-after needs status=429 or status=503')
  return spec
}

function example(key: Key): string {
  return {
    latency: 'latency=800',
    status: 'status=503:0.3',
    'retry-after': 'retry-after=2',
    count: 'count=1',
  }[key as string] as string
}

/** The canonical text of a spec: what GET /__faults shows; it parses back to the same spec. */
export function formatFaultSpec(spec: FaultSpec): string {
  const withRate = (item: string, r: number) => (r === 1 ? item : `${item}:${r}`)
  const items: string[] = []
  if (spec.latency) {
    const { minMs, maxMs } = spec.latency
    items.push(
      withRate(`latency=${minMs === maxMs ? minMs : `${minMs}-${maxMs}`}`, spec.latency.rate),
    )
  }
  if (spec.status) {
    items.push(withRate(`status=${spec.status.code}`, spec.status.rate))
    if (spec.status.code !== 500) items.push(`retry-after=${spec.retryAfterSeconds}`)
  }
  if (spec.truncateRate > 0) items.push(withRate('truncate', spec.truncateRate))
  if (spec.wrongShapeRate > 0) items.push(withRate('wrong-shape', spec.wrongShapeRate))
  if (spec.resetRate > 0) items.push(withRate('reset', spec.resetRate))
  if (spec.match !== null) items.push(`match=${spec.match}`)
  if (spec.count !== null) items.push(`count=${spec.count}`)
  return items.length === 0 ? 'none' : items.join(',')
}
