import * as z from 'zod/mini'
import {
  BORROWER_ID,
  DEFAULT_LIMIT,
  FILTER_MESSAGES as M,
  MAX_LIMIT,
  isGuid,
  normalizeGuid,
  normalizePhoneNumber,
  parseDateSpan,
} from './call-filters'
import { SERVICER_ID_HEADER, TENANCY_ID, TENANT_ID_HEADER } from './tenancy'

// Every parameter arrives as one string; a repeated parameter arrives as an array and is refused
// with the same message, which names the parameter and the accepted form. A schema's `error` is
// the message of every check on it too (zod 4), so each parameter states its message once.
const param = (message: string) => z.string({ error: message })

/** The parameter's description (and any other OpenAPI keywords) for the published document. */
const documented = <T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T => {
  z.globalRegistry.add(schema, meta)
  return schema
}

const wholeNumber = (message: string, min: number, max: number, fallback: number) =>
  z.pipe(
    z.optional(
      z.pipe(
        z.pipe(param(message).check(z.trim(), z.regex(/^\d{1,10}$/)), z.transform(Number)),
        z.int({ error: message }).check(z.minimum(min), z.maximum(max)),
      ),
    ),
    z.transform((n: number | undefined) => n ?? fallback),
  )

const dateSpan = (message: string) =>
  param(message).check(
    z.trim(),
    z.refine((v) => parseDateSpan(v) !== null),
  )

// A mistyped parameter name (loanId for loanid) must not silently widen the search to everything:
// the object is strict.
export const callsQuerySchema = z
  .strictObject({
    loanid: documented(
      z.optional(param(M.loanid).check(z.trim(), z.refine(isGuid), z.overwrite(normalizeGuid))),
      {
        format: 'uuid',
        description: 'The GUID identifier for the loan within Velocity (any letter case).',
      },
    ),
    borrowerid: documented(z.optional(param(M.borrowerid).check(z.trim(), z.regex(BORROWER_ID))), {
      description: 'The identifier (within Velocity) for the borrower; exact match.',
    }),
    phonenumber: documented(
      z.optional(
        param(M.phonenumber).check(
          z.refine((v) => normalizePhoneNumber(v) !== null),
          z.overwrite((v) => normalizePhoneNumber(v) ?? v),
        ),
      ),
      {
        description:
          'The phone number dialled, in any common format: (402) 555-0134, +1 402-555-0134, 4025550134.',
      },
    ),
    startdate: documented(z.optional(dateSpan(M.startdate)), {
      description:
        'Earliest call time, inclusive. YYYY-MM-DD is the whole UTC day; a date-time with Z or an offset is an exact instant.',
    }),
    enddate: documented(z.optional(dateSpan(M.enddate)), {
      description:
        'Latest call time, inclusive. YYYY-MM-DD is the whole UTC day; a date-time with Z or an offset is an exact instant.',
    }),
    offset: documented(wholeNumber(M.offset, 0, 1_000_000_000, 0), {
      type: 'integer',
      minimum: 0,
      default: 0,
      description: 'The starting record in the return. Defaults to 0.',
    }),
    limit: documented(wholeNumber(M.limit, 1, MAX_LIMIT, DEFAULT_LIMIT), {
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
      description: 'The number of records per page. Defaults to 20.',
    }),
  })
  .check(
    z.superRefine((q, ctx) => {
      if (q.startdate === undefined || q.enddate === undefined) return
      const start = parseDateSpan(q.startdate)
      const end = parseDateSpan(q.enddate)
      if (start !== null && end !== null && start.first > end.last) {
        ctx.addIssue({ code: 'custom', path: ['startdate'], message: M.dateOrder })
      }
    }),
  )

export type CallsQuery = z.output<typeof callsQuerySchema>

const tenancyHeader = (name: string, example: string, what: string) =>
  documented(
    z
      .string({ error: `${name} header is required: the ${what} identifier, such as ${example}` })
      .check(
        z.trim(),
        z.regex(TENANCY_ID, { error: `${name} header must be a number such as ${example}` }),
      ),
    { description: `The ${what} identifier.`, example },
  )

export const tenancyHeadersSchema = z.object({
  [TENANT_ID_HEADER]: tenancyHeader(TENANT_ID_HEADER, '314', 'tenant'),
  [SERVICER_ID_HEADER]: tenancyHeader(SERVICER_ID_HEADER, '2', 'servicer'),
})
