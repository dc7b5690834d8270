// The published OpenAPI 3.1 document, generated from the contract's zod schemas with zod's own
// `toJSONSchema`. The contract is written in zod/mini (the browser parses with it), which the
// route generators of @hono/zod-openapi cannot read; JSON Schema 2020-12 is what OpenAPI 3.1 uses,
// so zod's converter is all it takes. server/test/golden/openapi.json pins every word of it.
import * as z from 'zod/mini'
import {
  API_BASE_PATH,
  CALLS_PATH,
  callsPageSchema,
  callsQuerySchema,
  problemSchema,
  tenancyHeadersSchema,
} from '../../src/contract'

type JsonSchema = Record<string, unknown>

const COMPONENTS = '#/components/schemas/'

/** A named schema and the ones it refers to, each as a component, referred to by $ref. */
function components(...schemas: z.ZodMiniType[]): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  for (const schema of schemas) collectIds(schema, registry)
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `${COMPONENTS}${id}`,
    override: ({ jsonSchema }) => keepToTheContract(jsonSchema),
  }) as unknown as { schemas: Record<string, JsonSchema> }
  for (const schema of Object.values(out)) {
    delete schema.$schema
    delete schema.$id
  }
  return out
}

/** Every schema reachable from `schema` that has an `id` in the global registry, parents first. */
function collectIds(schema: z.ZodMiniType, registry: z.core.$ZodRegistry<{ id: string }>) {
  const id = z.globalRegistry.get(schema)?.id
  if (id !== undefined && !registry.has(schema)) registry.add(schema, { id })
  const def = schema._zod.def as { shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType }
  for (const child of Object.values(def.shape ?? {})) collectIds(child, registry)
  if (def.element) collectIds(def.element, registry)
}

/**
 * What zod's converter states beyond the contract, removed:
 * - its own ISO pattern next to `format: date-time` (the format says it; the pattern is zod's
 *   implementation and differs between zod versions);
 * - `additionalProperties: false` on output objects: the contract's objects are not strict, and a
 *   client must tolerate a field added later;
 * - the safe-integer bounds every `z.int()` carries, which are JavaScript's, not the API's.
 */
export function keepToTheContract(jsonSchema: JsonSchema) {
  if (jsonSchema.format === 'date-time') delete jsonSchema.pattern
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
}

/**
 * The keywords in the order readers expect: what it is, its constraints, then the prose. A keyword
 * left undefined is left out of the document by JSON itself.
 */
function ordered({ type, description, example, ...keywords }: JsonSchema): JsonSchema {
  return { type, ...keywords, description, example }
}

/**
 * One parameter per field of an object schema. A field whose metadata states its own `type`
 * (offset and limit, strings on the wire that the API reads as integers) is documented by that
 * metadata alone; any other field by the JSON Schema of what the client sends.
 */
function parameters(schema: z.ZodMiniObject, where: 'query' | 'header', required: boolean) {
  return Object.entries(schema.shape as Record<string, z.ZodMiniType>).map(([name, field]) => {
    const meta = (z.globalRegistry.get(field) ?? {}) as JsonSchema
    const generated = meta.type
      ? { ...meta }
      : (z.toJSONSchema(field, { io: 'input', target: 'draft-2020-12' }) as JsonSchema)
    delete generated.$schema
    return { schema: ordered(generated), required, description: meta.description, name, in: where }
  })
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
      schemas: components(callsPageSchema, problemSchema),
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
            ...parameters(callsQuerySchema, 'query', false),
            ...parameters(tenancyHeadersSchema, 'header', true),
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
