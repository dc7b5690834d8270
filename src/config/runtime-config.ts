import * as z from 'zod/mini'
import { API_BASE_PATH } from '../contract/api-paths'
import { contactCadenceConfigSchema } from '../contract/contact-cadence-config'
import { apiCredentialsSchema } from '../lib/api-client'

const runtimeConfigSchema = z.object({
  /** Where the Call Tracking API lives: a path on this origin, or another origin's URL. */
  apiBaseUrl: z.string().check(z.minLength(1)),
  /** How long one API request may take before the dashboard gives up on it (15 s when absent). */
  requestTimeoutMs: z.optional(z.int().check(z.minimum(100), z.maximum(600_000))),
  /** Served only by the reference server, to prefill the sign-in form. */
  demoCredentials: z.optional(apiCredentialsSchema),
  /** The contact-cadence guardrail's thresholds (DEFAULT_CONTACT_CADENCE when absent). */
  contactCadence: z.optional(contactCadenceConfigSchema),
})

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>

const FALLBACK: RuntimeConfig = { apiBaseUrl: API_BASE_PATH }

/**
 * Read once before the first render. `/config.json` is a file a deployment can edit (or the
 * reference server answers), so pointing the dashboard at another API needs no rebuild.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const res = await fetch('/config.json', { cache: 'no-store', credentials: 'omit' })
    if (!res.ok) return FALLBACK
    const parsed = runtimeConfigSchema.safeParse(await res.json())
    return parsed.success ? parsed.data : FALLBACK
  } catch {
    return FALLBACK
  }
}
