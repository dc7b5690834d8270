import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { invalidParameters, problem } from '../http/problem'
import type { FaultInjector } from './fault-injector'
import { FaultSpecError, NO_FAULTS, parseFaultSpec } from './fault-spec'

export const FAULT_CONTROL_PATH = '/__faults'

/**
 * GET shows the active spec, POST (body: spec text) replaces it, DELETE clears it: how a test
 * flips faults on a running server. createApp mounts it only when fault injection is enabled.
 */
export function faultControl(injector: FaultInjector) {
  const control = new Hono()
  control.get('/', (c) => c.json(injector.state()))
  control.post(
    '/',
    bodyLimit({
      maxSize: 4096,
      onError: (c) => problem(c, 413, 'A fault spec is at most 4096 bytes.'),
    }),
    async (c) => {
      try {
        injector.replace(parseFaultSpec(await c.req.text()))
      } catch (error) {
        if (!(error instanceof FaultSpecError)) throw error
        return invalidParameters(c, [
          { parameter: 'body', message: `fault spec: ${error.message}` },
        ])
      }
      return c.json(injector.state())
    },
  )
  control.delete('/', (c) => {
    injector.replace(NO_FAULTS)
    return c.json(injector.state())
  })
  return control
}
