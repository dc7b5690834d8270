import { formatFaultSpec, type FaultSpec, type FaultStatus } from './fault-spec'

export type FaultOutcome =
  | { kind: 'reset' }
  | { kind: 'status'; code: FaultStatus; retryAfterSeconds: number }
  | { kind: 'truncate' }
  | { kind: 'wrong-shape' }

/** What happens to one request: a delay first, then at most one outcome (or the real answer). */
export type FaultPlan = { latencyMs: number; outcome: FaultOutcome | null }

export type FaultState = { spec: string; remaining: number | null }

function matches(spec: FaultSpec, query: string): boolean {
  if (spec.match === null) return true
  if (query.includes(spec.match)) return true
  // The dashboard percent-encodes what people type, "(402) 555-0134" for one: match that too.
  try {
    return decodeURIComponent(query.replace(/\+/g, ' ')).includes(spec.match)
  } catch {
    return false
  }
}

/**
 * Holds the active spec (replaceable at run time through /__faults) and rolls the dice for each
 * API request. `random` is injectable so tests can pin every roll.
 */
export function createFaultInjector(initial: FaultSpec, random: () => number = Math.random) {
  let active = initial
  let remaining = initial.count
  const hit = (rate: number) => rate > 0 && random() < rate

  function roll(spec: FaultSpec): FaultPlan {
    const { latency, status } = spec
    const latencyMs =
      latency && hit(latency.rate)
        ? latency.minMs + Math.floor(random() * (latency.maxMs - latency.minMs + 1))
        : 0
    // One outcome per request, the most disruptive first.
    let outcome: FaultOutcome | null = null
    if (hit(spec.resetRate)) outcome = { kind: 'reset' }
    else if (status && hit(status.rate))
      outcome = { kind: 'status', code: status.code, retryAfterSeconds: spec.retryAfterSeconds }
    else if (hit(spec.truncateRate)) outcome = { kind: 'truncate' }
    else if (hit(spec.wrongShapeRate)) outcome = { kind: 'wrong-shape' }
    return { latencyMs, outcome }
  }

  return {
    state(): FaultState {
      return { spec: formatFaultSpec(active), remaining }
    },
    replace(spec: FaultSpec) {
      active = spec
      remaining = spec.count
    },
    /**
     * The plan for one request, or null when no fault applies. A per-request `override` (the
     * x-calltracking-fault header) replaces the active spec for that request and leaves its
     * count untouched.
     */
    plan(query: string, override?: FaultSpec): FaultPlan | null {
      const spec = override ?? active
      if (!matches(spec, query)) return null
      if (!override && remaining !== null) {
        if (remaining === 0) return null
        remaining--
      }
      const plan = roll(spec)
      return plan.latencyMs === 0 && plan.outcome === null ? null : plan
    },
  }
}

export type FaultInjector = ReturnType<typeof createFaultInjector>
