import * as v from 'valibot'

/**
 * The contact-cadence guardrail's thresholds, as `/config.json` carries them (the server serves
 * them from its environment; a static deployment edits the file). The defaults are the figures of
 * the call-frequency presumption in 12 CFR 1006.14(b)(2): 7 calls within 7 days, and 7 days after
 * a telephone conversation.
 */
const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))

export const contactCadenceConfigSchema = v.object({
  /** At most this many calls about one loan within the rolling window. */
  maxCallsInWindow: int(1, 1000),
  /** The rolling window, in days of 24 hours. */
  windowDays: int(1, 90),
  /** No call within this many days of 24 hours after a conversation ("Contacted"). */
  daysAfterConversation: int(0, 90),
})

export type ContactCadenceConfig = v.InferOutput<typeof contactCadenceConfigSchema>

export const DEFAULT_CONTACT_CADENCE: ContactCadenceConfig = {
  maxCallsInWindow: 7,
  windowDays: 7,
  daysAfterConversation: 7,
}
