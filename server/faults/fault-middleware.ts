import { createMiddleware } from 'hono/factory'
import { invalidParameters, problem } from '../http/problem'
import type { FaultInjector } from './fault-injector'
import { FaultSpecError, parseFaultSpec, type FaultSpec } from './fault-spec'

/** Forces a fault on one request (same syntax as CALLTRACKING_FAULTS; rates default to 1). */
export const FAULT_HEADER = 'x-calltracking-fault'

/**
 * Thrown to stand for a dropped connection. The Node listener destroys the socket when it sees it
 * (server/http/node-server.ts); in-process, `app.request` rejects, as `fetch` would.
 */
export class SimulatedConnectionReset extends Error {
  constructor() {
    super('fault injection: connection reset')
    this.name = 'SimulatedConnectionReset'
  }
}

// Valid JSON that a client must refuse: the fields a CallsPage needs are missing or mistyped.
const WRONG_SHAPE = JSON.stringify({
  calls: [],
  paging: { offset: '0', limit: 'twenty' },
  note: 'fault injection: wrong-shape',
})

const rawQuery = (url: string) => {
  const q = url.indexOf('?')
  return q === -1 ? '' : url.slice(q + 1)
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Applies the injector's plan to API requests. Mount it on the API paths only. */
export function injectFaults(injector: FaultInjector) {
  return createMiddleware(async (c, next) => {
    let override: FaultSpec | undefined
    const header = c.req.header(FAULT_HEADER)
    if (header !== undefined) {
      try {
        override = parseFaultSpec(header)
      } catch (error) {
        if (!(error instanceof FaultSpecError)) throw error
        const message = `${FAULT_HEADER} header: ${error.message}`
        return invalidParameters(c, [{ parameter: FAULT_HEADER, message }])
      }
    }
    const plan = injector.plan(rawQuery(c.req.url), override)
    if (!plan) return next()
    if (plan.latencyMs > 0) await wait(plan.latencyMs)
    const outcome = plan.outcome
    switch (outcome?.kind) {
      case undefined:
        return next()
      case 'reset':
        throw new SimulatedConnectionReset()
      case 'status': {
        const retry = { 'retry-after': String(outcome.retryAfterSeconds) }
        return problem(
          c,
          outcome.code,
          `Fault injection: answering ${outcome.code} on purpose.`,
          undefined,
          outcome.code === 500 ? {} : retry,
        )
      }
      case 'wrong-shape':
        return c.body(WRONG_SHAPE, 200, { 'content-type': 'application/json' })
      case 'truncate': {
        await next()
        const text = await c.res.text()
        // A valid start, cut mid-document: the client's JSON parser must be the one to notice.
        const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
        c.res = new Response(cut, { status: c.res.status, headers: c.res.headers })
        return
      }
    }
  })
}
