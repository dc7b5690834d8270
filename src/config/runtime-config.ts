import * as v from 'valibot'
import { API_BASE_PATH } from '../contract/api-paths'
import { contactCadenceConfigSchema } from '../contract/contact-cadence-config'
import { apiCredentialsSchema } from '../lib/api-client'

const runtimeConfigSchema = v.object({
  /** Where the Call Tracking API lives: a path on this origin, or another origin's URL. */
  apiBaseUrl: v.pipe(v.string(), v.minLength(1)),
  /** How long one API request may take before the dashboard gives up on it (15 s when absent). */
  requestTimeoutMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(600_000)),
  ),
  /** Served only by the reference server, to prefill the sign-in form. */
  demoCredentials: v.optional(apiCredentialsSchema),
  /** The contact-cadence guardrail's thresholds (DEFAULT_CONTACT_CADENCE when absent). */
  contactCadence: v.optional(contactCadenceConfigSchema),
})

export type RuntimeConfig = v.InferOutput<typeof runtimeConfigSchema>

const FALLBACK: RuntimeConfig = { apiBaseUrl: API_BASE_PATH }

/**
 * Read once before the first render. `/config.json` is a file a deployment can edit (or the
 * reference server answers), so pointing the dashboard at another API needs no rebuild.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const res = await fetch('/config.json', { cache: 'no-store', credentials: 'omit' })
    if (!res.ok) return FALLBACK
    const parsed = v.safeParse(runtimeConfigSchema, await res.json())
    return parsed.success ? parsed.output : FALLBACK
  } catch {
    return FALLBACK
  }
}
