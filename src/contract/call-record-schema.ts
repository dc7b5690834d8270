// valibot, not zod: the browser parses every page with these schemas, and valibot's functional API
// tree-shakes to a third of zod/mini's weight in the first load (issue 7's budget). Descriptions
// are `description` actions in each field's pipe; the OpenAPI document is generated from them.
import * as v from 'valibot'
import { isInstant } from './call-filters'

export const CALL_STATUSES = ['Attempted', 'Contacted'] as const
export const callStatusSchema = v.pipe(
  v.picklist(CALL_STATUSES),
  v.description('Result of the call.'),
)
export type CallStatus = v.InferOutput<typeof callStatusSchema>

/** An ISO 8601 instant with its zone, "Z" or an offset, on a real day (isInstant). */
const instant = (description: string) =>
  v.pipe(v.string(), v.isoTimestamp(), v.check(isInstant), v.description(description))
const text = (description: string) => v.pipe(v.string(), v.description(description))

const callEntries = {
  callId: text('The unique, GUID identifier for the call.'),
  tenantId: text('The tenant identifier.'),
  servicerId: text('The servicer identifier.'),
  loanId: text('The loan identifier.'),
  borrowerId: text('The identifier (within Velocity) for the borrower.'),
  phoneNumber: text('The phone number dialed (10 digits).'),
  callStatus: callStatusSchema,
  callTimestamp: instant('The time that the call was made (ISO 8601 UTC).'),
  createdDate: instant('The date that the record was created.'),
  updatedDate: instant('The date that the record was last updated.'),
  updatedBy: text('The Velocity user account that last updated the record.'),
  createdBy: text('The Velocity user account that created the record.'),
}

/** One call exactly as the reference server emits and documents it. */
export const callRecordSchema = v.object(callEntries)

const wholeNumber = () => v.pipe(v.number(), v.integer())

export const pagingSchema = v.object({
  offset: wholeNumber(),
  limit: wholeNumber(),
  links: v.object({
    first: v.string(),
    last: v.string(),
    previous: v.nullable(v.string()),
    next: v.nullable(v.string()),
  }),
})

export const callsPageSchema = v.object({ paging: pagingSchema, data: v.array(callRecordSchema) })

export type CallRecord = v.InferOutput<typeof callRecordSchema>
export type CallsPage = v.InferOutput<typeof callsPageSchema>

// What the dashboard accepts from any Call Tracking API, the real one included: the same record,
// but the vendor's sample shows `createdBy: {}`, links may be relative, "" or missing, and a status
// this build does not know must still be shown rather than fail the whole page.
// An account object such as `{}` or `{ userName }`, never a list (valibot's record takes one).
const accountObject = v.custom<Record<string, unknown>>(
  // Stryker disable next-line ConditionalExpression: null never gets here, nullish takes it first; the check keeps the type honest
  (account) => typeof account === 'object' && account !== null && !Array.isArray(account),
)
const userAccount = v.nullish(v.union([v.string(), accountObject]))
// A default makes the key required in the output type: every link is there, a string or null.
const optionalLink = v.pipe(
  v.nullish(v.string(), null),
  v.transform((link) => (link ? link : null)),
)

export const wireCallSchema = v.object({
  ...callEntries,
  callStatus: v.string(),
  createdBy: userAccount,
  updatedBy: userAccount,
})

export const wireCallsPageSchema = v.object({
  paging: v.object({
    offset: wholeNumber(),
    limit: wholeNumber(),
    links: v.nullish(
      v.object({
        first: optionalLink,
        last: optionalLink,
        previous: optionalLink,
        next: optionalLink,
      }),
      // No links at all reads as four null links: each link's own default fills it in.
      {},
    ),
  }),
  data: v.array(wireCallSchema),
})

export type WireCall = v.InferOutput<typeof wireCallSchema>
export type WireCallsPage = v.InferOutput<typeof wireCallsPageSchema>
