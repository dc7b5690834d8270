import type Database from 'better-sqlite3'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { validator } from 'hono/validator'
import * as v from 'valibot'
import {
  API_BASE_PATH,
  CALLS_PATH,
  SERVICER_ID_HEADER,
  TENANT_ID_HEADER,
  callsQuerySchema,
  type CallsPage,
} from '../src/contract'
import { requireTenancy, type TenancyVariables } from './auth/require-tenancy'
import { createCallsRepository } from './calls/calls-repository'
import { pagingLinks } from './calls/paging-links'
import type { FaultInjector } from './faults/fault-injector'
import { FAULT_CONTROL_PATH, faultControl } from './faults/fault-control'
import { injectFaults, SimulatedConnectionReset } from './faults/fault-middleware'
import { compressResponses } from './http/compression'
import { openApiDocument } from './http/openapi-document'
import { invalidParameters, parameterErrors, problem } from './http/problem'
import { resolvePublicUrl, type PublicUrlOptions, type PublicUrlVariables } from './http/public-url'
import { limitRequestTime, limitUrlLength } from './http/request-limits'

/** Everything under calltracking/ (the calls, and paths that do not exist) is behind the token. */
const GUARDED = `/${CALLS_PATH.slice(0, CALLS_PATH.indexOf('/'))}/*`

export type AppOptions = {
  db: Database.Database
  log?: (line: string) => void
  /** How paging links name this server: PUBLIC_BASE_URL, TRUST_PROXY. */
  publicUrl?: PublicUrlOptions
  /** REQUEST_TIMEOUT_MS: an API request still unanswered after this gets a 503. */
  requestTimeoutMs?: number
  /** CALLTRACKING_FAULTS: when given, faults apply to the calls endpoint and /__faults exists. */
  faults?: FaultInjector | null
  /** Headers set on every response (the browser security headers of `npm start`). */
  responseHeaders?: Record<string, string>
}

/** The reference Call Tracking API. Mounted under /calltrackingapi, like the vendor's. */
export function createApi({ db, publicUrl = {}, requestTimeoutMs, faults }: AppOptions) {
  const repository = createCallsRepository(db)
  const api = new Hono<{ Variables: TenancyVariables & PublicUrlVariables }>()

  // Tokens travel in a header, never a cookie, so any origin may call with its own token.
  api.on(
    'OPTIONS',
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', TENANT_ID_HEADER, SERVICER_ID_HEADER, 'Content-Type'],
      exposeHeaders: [],
    }),
  )
  // Any other request gets the one header cors() would give it, on the finished response: cors()
  // writes it into the context's response before the handler runs, and Hono then rebuilds the
  // handler's response around that one as a stream, which the Node listener reads back chunk by
  // chunk (~0.2 ms of CPU a request).
  api.use('*', async (c, next) => {
    await next()
    c.res.headers.set('access-control-allow-origin', '*')
  })
  api.use('*', limitRequestTime(requestTimeoutMs))
  // Before authentication: a failing gateway or network does not look at the token either.
  if (faults) api.use(GUARDED, injectFaults(faults))
  api.use(GUARDED, requireTenancy(db))
  api.use(GUARDED, resolvePublicUrl(publicUrl))

  // Each parameter arrives as a string; a repeated one as an array, which the schema refuses.
  const validQuery = validator('query', (value, c) => {
    const query = v.safeParse(callsQuerySchema, value)
    return query.success ? query.output : invalidParameters(c, parameterErrors(query.issues))
  })

  api.get(`/${CALLS_PATH}`, validQuery, (c) => {
    const query = c.req.valid('query')
    // c.get, not c.var: c.var copies every variable into a new object on each read.
    const { total, calls } = repository.findCalls(c.get('tenancy'), query)
    const page: CallsPage = {
      paging: {
        offset: query.offset,
        limit: query.limit,
        links: pagingLinks(c.get('publicUrl').href, query, total),
      },
      data: calls,
    }
    return c.json(page, 200)
  })

  const document = openApiDocument()
  api.get('/openapi.json', (c) => c.json(document))

  return api
}

/** The whole HTTP app: the API under its base path. Static files are added by the server entry. */
export function createApp(options: AppOptions) {
  const { log = console.error, responseHeaders, faults } = options
  const app = new Hono()
  if (responseHeaders) {
    // Listed once, not by Object.entries on every request.
    const entries = Object.entries(responseHeaders)
    app.use('*', async (c, next) => {
      await next()
      // On the response's own headers: c.header() would rebuild a finished response as a stream.
      const headers = c.res.headers
      for (const [name, value] of entries) headers.set(name, value)
    })
  }
  app.use('*', limitUrlLength())
  // Everything, API answers included: a page of 20 calls is ~7 kB of JSON and ~1 kB gzipped, and
  // a 500-call page ~170 kB. Only for clients that ask (Accept-Encoding).
  app.use('*', compressResponses())
  app.route(API_BASE_PATH, createApi(options))
  // Test-only: exists only when CALLTRACKING_FAULTS is set, never in a normal start.
  if (faults) app.route(FAULT_CONTROL_PATH, faultControl(faults))
  // On the outer app: Hono answers unmatched paths and thrown errors of mounted apps from here.
  app.notFound((c) =>
    problem(
      c,
      404,
      `There is no ${c.req.method} ${new URL(c.req.url).pathname} in this API. See ${API_BASE_PATH}/openapi.json.`,
    ),
  )
  app.onError((error, c) => {
    // Let it through to the Node listener, which drops the connection (or to app.request's caller).
    if (error instanceof SimulatedConnectionReset) throw error
    // The client learns that something failed, never what: no stack, no SQL.
    log(
      `[api] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    return problem(
      c,
      500,
      'The server could not answer this request. Try again; if it keeps failing, contact support.',
    )
  })
  return app
}
