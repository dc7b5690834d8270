import * as v from 'valibot'
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
// with the same message, which names the parameter and the accepted form. Each check of a
// parameter carries that one message.

/**
 * The parameter's description (and any other OpenAPI keywords) for the published document: a
 * `metadata` action on the optional parameter, read back by server/http/openapi-document.ts.
 */
type ParameterDoc = { description: string } & Record<string, unknown>
const documented = <T extends v.GenericSchema>(schema: T, doc: ParameterDoc) =>
  v.pipe(schema, v.metadata(doc))

const wholeNumber = (message: string, min: number, max: number, fallback: number) =>
  // The default is a wire value: it goes through the same checks and conversion as a sent one.
  v.optional(
    v.pipe(
      v.string(message),
      v.trim(),
      v.regex(/^\d{1,10}$/, message),
      v.transform(Number),
      v.integer(message),
      v.minValue(min, message),
      v.maxValue(max, message),
    ),
    String(fallback),
  )

const dateSpan = (message: string) =>
  v.pipe(
    v.string(message),
    v.trim(),
    v.check((value) => parseDateSpan(value) !== null, message),
  )

const DAY_OR_INSTANT =
  'YYYY-MM-DD is the whole UTC day; a date-time with Z or an offset is an exact instant.'

/**
 * The query parameters. A mistyped parameter name (loanId for loanid) must not silently widen the
 * search to everything: every key the schema does not know is refused, each on its own (`never`
 * for the rest reports every unknown key; a strict object stops at the first).
 */
const queryEntries = {
  loanid: documented(
    v.optional(
      v.pipe(v.string(M.loanid), v.trim(), v.check(isGuid, M.loanid), v.transform(normalizeGuid)),
    ),
    {
      format: 'uuid',
      description: 'The GUID identifier for the loan within Velocity (any letter case).',
    },
  ),
  borrowerid: documented(
    v.optional(v.pipe(v.string(M.borrowerid), v.trim(), v.regex(BORROWER_ID, M.borrowerid))),
    { description: 'The identifier (within Velocity) for the borrower; exact match.' },
  ),
  phonenumber: documented(
    v.optional(
      v.pipe(
        v.string(M.phonenumber),
        v.check((value) => normalizePhoneNumber(value) !== null, M.phonenumber),
        v.transform((value) => normalizePhoneNumber(value) ?? value),
      ),
    ),
    {
      description:
        'The phone number dialled, in any common format: (402) 555-0134, +1 402-555-0134, 4025550134.',
    },
  ),
  startdate: documented(v.optional(dateSpan(M.startdate)), {
    description: `Earliest call time, inclusive. ${DAY_OR_INSTANT}`,
  }),
  enddate: documented(v.optional(dateSpan(M.enddate)), {
    description: `Latest call time, inclusive. ${DAY_OR_INSTANT}`,
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
}

// valibot's objects pass over these keys without a look (they guard against prototype pollution):
// a query naming one is refused here, as any other unknown key is by the object's \`never\`.
const UNLOOKED_KEYS = ['__proto__', 'prototype', 'constructor']

export const callsQuerySchema = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    const input = dataset.value
    if (typeof input !== 'object' || input === null) return
    for (const key of UNLOOKED_KEYS.filter((k) => Object.hasOwn(input, k)))
      addIssue({
        message: `${key} is not a parameter of this endpoint`,
        // Stryker disable next-line StringLiteral: only the key is read from the path
        path: [{ type: 'unknown', origin: 'value', input, key, value: undefined }],
      })
  }),
  v.objectWithRest(queryEntries, v.never()),
  // Only once both dates are valid; the message stands at startdate.
  v.forward(
    v.partialCheck(
      [['startdate'], ['enddate']],
      (q) => {
        if (q.startdate === undefined || q.enddate === undefined) return true
        const start = parseDateSpan(q.startdate)
        const end = parseDateSpan(q.enddate)
        return start === null || end === null || start.first <= end.last
      },
      M.dateOrder,
    ),
    ['startdate'],
  ),
)

/** The query as the API reads it (the `never` rest only refuses keys; it adds none). */
export type CallsQuery = v.InferOutput<v.ObjectSchema<typeof queryEntries, undefined>>

/** The query parameters' schemas by name, for the published document. */
export const CALLS_QUERY_PARAMETERS: Readonly<Record<string, v.GenericSchema>> = queryEntries

const tenancyHeader = (name: string, example: string, what: string) =>
  v.pipe(
    v.string(`${name} header is required: the ${what} identifier, such as ${example}`),
    v.trim(),
    v.regex(TENANCY_ID, `${name} header must be a number such as ${example}`),
    v.metadata({ description: `The ${what} identifier.`, example }),
  )

export const tenancyHeadersSchema = v.object({
  [TENANT_ID_HEADER]: tenancyHeader(TENANT_ID_HEADER, '314', 'tenant'),
  [SERVICER_ID_HEADER]: tenancyHeader(SERVICER_ID_HEADER, '2', 'servicer'),
})
