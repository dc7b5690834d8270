// The published OpenAPI 3.1 document, generated from the contract's valibot schemas by
// @valibot/to-json-schema. JSON Schema 2020-12 is what OpenAPI 3.1 uses, so the converter is all it
// takes. server/test/golden/openapi.json pins every word of it.
import { toJsonSchema, toJsonSchemaDefs, type JsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import {
  API_BASE_PATH,
  CALLS_PATH,
  CALLS_QUERY_PARAMETERS,
  callRecordSchema,
  callsPageSchema,
  pagingSchema,
  problemSchema,
  tenancyHeadersSchema,
} from '../../src/contract'

type Keywords = Record<string, unknown>

const COMPONENTS = '#/components/schemas/'

/** The named schemas, each a component; where one holds another, it refers to it by $ref. */
const NAMED = {
  CallsPage: callsPageSchema,
  Paging: pagingSchema,
  Call: callRecordSchema,
  Problem: problemSchema,
}

function components(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = toJsonSchemaDefs(NAMED, {
    // Stryker disable next-line StringLiteral: the components convert alike under every draft; 2020-12 is the one OpenAPI 3.1 reads
    target: 'draft-2020-12',
    overrideRef: ({ referenceId }) => `${COMPONENTS}${referenceId}`,
    // A check written as a function has no JSON Schema: isoTimestamp beside it says date-time.
    ignoreActions: ['check'],
  })
  keepDocumentToTheContract(out)
  return out
}

/** keepToTheContract on `node` and every object inside it (a list has no keywords to change). */
export function keepDocumentToTheContract(node: unknown) {
  if (typeof node !== 'object' || node === null) return
  keepToTheContract(node as Keywords)
  for (const child of Object.values(node)) keepDocumentToTheContract(child)
}

/**
 * The converter writes a nullable as `anyOf` a type and null; the document states it as the type
 * list it is, the form readers of OpenAPI 3.1 know.
 */
export function keepToTheContract(jsonSchema: Keywords) {
  const anyOf = jsonSchema.anyOf
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return
  const [first, second] = anyOf as [Keywords, Keywords]
  const plain = (s: Keywords) => typeof s.type === 'string' && Object.keys(s).length === 1
  if (plain(first) && plain(second) && second.type === 'null') {
    delete jsonSchema.anyOf
    jsonSchema.type = [first.type, 'null']
  }
}

/**
 * The keywords in the order readers expect: what it is, its constraints, then the prose. A keyword
 * left undefined is left out of the document by JSON itself.
 */
function ordered({ type, description, example, ...keywords }: Keywords): Keywords {
  return { type, ...keywords, description, example }
}

/**
 * One parameter per field. A field whose metadata states its own `type` (offset and limit,
 * strings on the wire that the API reads as integers) is documented by that metadata alone; any
 * other field by the JSON Schema of what the client sends, with its metadata.
 */
function parameters(
  fields: Readonly<Record<string, v.GenericSchema>>,
  where: 'query' | 'header',
  required: boolean,
) {
  return Object.entries(fields).map(([name, field]) => {
    const meta = v.getMetadata(field) as Keywords
    const generated: Keywords = meta.type ? { ...meta } : { ...sent(field), ...meta }
    return { schema: ordered(generated), required, description: meta.description, name, in: where }
  })
}

/** The JSON Schema of what a client sends for `field`: up to its first conversion. */
function sent(field: v.GenericSchema): JsonSchema {
  const schema = toJsonSchema(field, {
    // Stryker disable next-line StringLiteral: the parameters convert alike under every draft; 2020-12 is the one OpenAPI 3.1 reads
    target: 'draft-2020-12',
    // Up to the first conversion; the checks written as functions (and the trim) have no JSON Schema.
    typeMode: 'input',
    ignoreActions: ['check', 'trim'],
  })
  delete schema.$schema
  return schema
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `${COMPONENTS}Problem` } } },
})

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Call Tracking API (reference)',
      version: '1.0.0',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      description: 'A faithful local stand-in for the Velocity Call Tracking API.',
    },
    servers: [{ url: API_BASE_PATH }],
    components: {
      securitySchemes: {
        accessToken: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The access token, raw or as "Bearer <token>". Demo: demo-access-token.',
        },
      },
      schemas: components(),
      parameters: {},
    },
    paths: {
      [`/${CALLS_PATH}`]: {
        get: {
          operationId: 'getCalls',
          summary: 'Get all calls',
          description:
            'Calls of the tenant and servicer in the headers, newest first (then by callId), one page at a time.',
          security: [{ accessToken: [] }],
          parameters: [
            ...parameters(CALLS_QUERY_PARAMETERS, 'query', false),
            ...parameters(tenancyHeadersSchema.entries, 'header', true),
          ],
          responses: {
            200: {
              description: 'One page of calls',
              content: { 'application/json': { schema: { $ref: `${COMPONENTS}CallsPage` } } },
            },
            400: problemResponse(
              'A parameter or header is missing or malformed; `errors` names each one.',
            ),
            401: problemResponse('The access token is missing or unknown.'),
            403: problemResponse('The access token is not entitled to this tenant and servicer.'),
            414: problemResponse('The request URL is over 8192 bytes.'),
            503: problemResponse(
              'The server did not answer within its time limit; retry after Retry-After.',
            ),
          },
        },
      },
    },
    webhooks: {},
  }
}
