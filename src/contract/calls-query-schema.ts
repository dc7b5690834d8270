import { z } from 'zod'
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

const wholeNumber = (message: string, min: number, max: number, fallback: number) =>
  param(message)
    .trim()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.number({ error: message }).int().min(min).max(max))
    .optional()
    .transform((n) => n ?? fallback)

export const callsQuerySchema = z
  .object({
    loanid: param(M.loanid).trim().refine(isGuid).overwrite(normalizeGuid).optional().meta({
      format: 'uuid',
      description: 'The GUID identifier for the loan within Velocity (any letter case).',
    }),
    borrowerid: param(M.borrowerid)
      .trim()
      .regex(BORROWER_ID)
      .optional()
      .meta({ description: 'The identifier (within Velocity) for the borrower; exact match.' }),
    phonenumber: param(M.phonenumber)
      .refine((v) => normalizePhoneNumber(v) !== null)
      .overwrite((v) => normalizePhoneNumber(v) ?? v)
      .optional()
      .meta({
        description:
          'The phone number dialled, in any common format: (402) 555-0134, +1 402-555-0134, 4025550134.',
      }),
    startdate: param(M.startdate)
      .trim()
      .refine((v) => parseDateSpan(v) !== null)
      .optional()
      .meta({
        description:
          'Earliest call time, inclusive. YYYY-MM-DD is the whole UTC day; a date-time with Z or an offset is an exact instant.',
      }),
    enddate: param(M.enddate)
      .trim()
      .refine((v) => parseDateSpan(v) !== null)
      .optional()
      .meta({
        description:
          'Latest call time, inclusive. YYYY-MM-DD is the whole UTC day; a date-time with Z or an offset is an exact instant.',
      }),
    offset: wholeNumber(M.offset, 0, 1_000_000_000, 0).meta({
      type: 'integer',
      minimum: 0,
      default: 0,
      description: 'The starting record in the return. Defaults to 0.',
    }),
    limit: wholeNumber(M.limit, 1, MAX_LIMIT, DEFAULT_LIMIT).meta({
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
      description: 'The number of records per page. Defaults to 20.',
    }),
  })
  // A mistyped parameter name (loanId for loanid) must not silently widen the search to everything.
  .strict()
  .superRefine((q, ctx) => {
    if (q.startdate === undefined || q.enddate === undefined) return
    const start = parseDateSpan(q.startdate)
    const end = parseDateSpan(q.enddate)
    if (start !== null && end !== null && start.first > end.last) {
      ctx.addIssue({ code: 'custom', path: ['startdate'], message: M.dateOrder })
    }
  })

export type CallsQuery = z.output<typeof callsQuerySchema>

export const tenancyHeadersSchema = z.object({
  [TENANT_ID_HEADER]: z
    .string({ error: `${TENANT_ID_HEADER} header is required: the tenant identifier, such as 314` })
    .trim()
    .regex(TENANCY_ID, { error: `${TENANT_ID_HEADER} header must be a number such as 314` })
    .meta({ description: 'The tenant identifier.', example: '314' }),
  [SERVICER_ID_HEADER]: z
    .string({
      error: `${SERVICER_ID_HEADER} header is required: the servicer identifier, such as 2`,
    })
    .trim()
    .regex(TENANCY_ID, { error: `${SERVICER_ID_HEADER} header must be a number such as 2` })
    .meta({ description: 'The servicer identifier.', example: '2' }),
})
