import { z } from 'zod'

export const CALL_STATUSES = ['Attempted', 'Contacted'] as const
export const callStatusSchema = z.enum(CALL_STATUSES).meta({ description: 'Result of the call.' })
export type CallStatus = z.infer<typeof callStatusSchema>

const instant = z.iso.datetime({ offset: true })

/** One call exactly as the reference server emits and documents it. */
export const callRecordSchema = z
  .object({
    callId: z.string().meta({ description: 'The unique, GUID identifier for the call.' }),
    tenantId: z.string().meta({ description: 'The tenant identifier.' }),
    servicerId: z.string().meta({ description: 'The servicer identifier.' }),
    loanId: z.string().meta({ description: 'The loan identifier.' }),
    borrowerId: z
      .string()
      .meta({ description: 'The identifier (within Velocity) for the borrower.' }),
    phoneNumber: z.string().meta({ description: 'The phone number dialed (10 digits).' }),
    callStatus: callStatusSchema,
    callTimestamp: instant.meta({ description: 'The time that the call was made (ISO 8601 UTC).' }),
    createdDate: instant.meta({ description: 'The date that the record was created.' }),
    updatedDate: instant.meta({ description: 'The date that the record was last updated.' }),
    updatedBy: z
      .string()
      .meta({ description: 'The Velocity user account that last updated the record.' }),
    createdBy: z
      .string()
      .meta({ description: 'The Velocity user account that created the record.' }),
  })
  .meta({ id: 'Call' })

export const pagingSchema = z
  .object({
    offset: z.number().int(),
    limit: z.number().int(),
    links: z.object({
      first: z.string(),
      last: z.string(),
      previous: z.string().nullable(),
      next: z.string().nullable(),
    }),
  })
  .meta({ id: 'Paging' })

export const callsPageSchema = z
  .object({ paging: pagingSchema, data: z.array(callRecordSchema) })
  .meta({ id: 'CallsPage' })

export type CallRecord = z.infer<typeof callRecordSchema>
export type CallsPage = z.infer<typeof callsPageSchema>

// What the dashboard accepts from any Call Tracking API, the real one included: the same record,
// but the vendor's sample shows `createdBy: {}`, links may be relative, "" or missing, and a status
// this build does not know must still be shown rather than fail the whole page.
const userAccount = z.union([z.string(), z.record(z.string(), z.unknown())]).nullish()
const optionalLink = z
  .string()
  .nullish()
  .transform((v) => (v ? v : null))

export const wireCallSchema = callRecordSchema.extend({
  callStatus: z.string(),
  createdBy: userAccount,
  updatedBy: userAccount,
})

export const wireCallsPageSchema = z.object({
  paging: z.object({
    offset: z.number().int(),
    limit: z.number().int(),
    links: z
      .object({
        first: optionalLink,
        last: optionalLink,
        previous: optionalLink,
        next: optionalLink,
      })
      .nullish()
      .transform((l) => l ?? { first: null, last: null, previous: null, next: null }),
  }),
  data: z.array(wireCallSchema),
})

export type WireCall = z.infer<typeof wireCallSchema>
export type WireCallsPage = z.infer<typeof wireCallsPageSchema>
