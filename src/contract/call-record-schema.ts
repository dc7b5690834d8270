// zod/mini, not classic zod: the browser parses every page with these schemas, and mini's
// functional API tree-shakes to about a quarter of classic's weight (issue 7's first-load budget).
import * as z from 'zod/mini'

export const CALL_STATUSES = ['Attempted', 'Contacted'] as const
// Metadata lives in zod's global registry, keyed by the schema instance (mini's `.meta()`): each
// call below registers a schema made for it, so no two fields share a description.
export const callStatusSchema = z
  .enum(CALL_STATUSES)
  .register(z.globalRegistry, { description: 'Result of the call.' })
export type CallStatus = z.infer<typeof callStatusSchema>

const instant = () => z.iso.datetime({ offset: true })
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description })
  return schema
}

/** One call exactly as the reference server emits and documents it. */
export const callRecordSchema = z
  .object({
    callId: described(z.string(), 'The unique, GUID identifier for the call.'),
    tenantId: described(z.string(), 'The tenant identifier.'),
    servicerId: described(z.string(), 'The servicer identifier.'),
    loanId: described(z.string(), 'The loan identifier.'),
    borrowerId: described(z.string(), 'The identifier (within Velocity) for the borrower.'),
    phoneNumber: described(z.string(), 'The phone number dialed (10 digits).'),
    callStatus: callStatusSchema,
    callTimestamp: described(instant(), 'The time that the call was made (ISO 8601 UTC).'),
    createdDate: described(instant(), 'The date that the record was created.'),
    updatedDate: described(instant(), 'The date that the record was last updated.'),
    updatedBy: described(z.string(), 'The Velocity user account that last updated the record.'),
    createdBy: described(z.string(), 'The Velocity user account that created the record.'),
  })
  .register(z.globalRegistry, { id: 'Call' })

export const pagingSchema = z
  .object({
    offset: z.int(),
    limit: z.int(),
    links: z.object({
      first: z.string(),
      last: z.string(),
      previous: z.nullable(z.string()),
      next: z.nullable(z.string()),
    }),
  })
  .register(z.globalRegistry, { id: 'Paging' })

export const callsPageSchema = z
  .object({ paging: pagingSchema, data: z.array(callRecordSchema) })
  .register(z.globalRegistry, { id: 'CallsPage' })

export type CallRecord = z.infer<typeof callRecordSchema>
export type CallsPage = z.infer<typeof callsPageSchema>

// What the dashboard accepts from any Call Tracking API, the real one included: the same record,
// but the vendor's sample shows `createdBy: {}`, links may be relative, "" or missing, and a status
// this build does not know must still be shown rather than fail the whole page.
const userAccount = z.nullish(z.union([z.string(), z.record(z.string(), z.unknown())]))
const optionalLink = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => (v ? v : null)),
)

export const wireCallSchema = z.extend(callRecordSchema, {
  callStatus: z.string(),
  createdBy: userAccount,
  updatedBy: userAccount,
})

export const wireCallsPageSchema = z.object({
  paging: z.object({
    offset: z.int(),
    limit: z.int(),
    links: z.pipe(
      z.nullish(
        z.object({
          first: optionalLink,
          last: optionalLink,
          previous: optionalLink,
          next: optionalLink,
        }),
      ),
      z.transform((l) => l ?? { first: null, last: null, previous: null, next: null }),
    ),
  }),
  data: z.array(wireCallSchema),
})

export type WireCall = z.infer<typeof wireCallSchema>
export type WireCallsPage = z.infer<typeof wireCallsPageSchema>
