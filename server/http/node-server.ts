import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { getRequestListener, type HttpBindings } from '@hono/node-server'
import { SimulatedConnectionReset } from '../faults/fault-middleware'

/**
 * Node's own default, stated: a request line plus headers beyond 16 KiB never reaches the app and
 * is answered 431 here. Between 8 and 16 KiB of URL, the app answers 414 itself.
 */
export const MAX_HEADER_BYTES = 16_384

type AppFetch = (request: Request, env: HttpBindings) => Response | Promise<Response>
type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** Hono's Node listener, plus the one fault the app cannot play itself: a dropped connection. */
export function createNodeListener(fetch: AppFetch): Listener {
  const listener = getRequestListener(async (request, env) => {
    const bindings = env as HttpBindings
    try {
      return await fetch(request, bindings)
    } catch (error) {
      if (!(error instanceof SimulatedConnectionReset)) throw error
      bindings.incoming.socket.destroy()
      // Stryker disable next-line ObjectLiteral: the socket is destroyed above, so no status ever reaches the client
      return new Response(null, { status: 500 })
    }
  })
  return (req, res) => void listener(req, res)
}

function problemOnSocket(socket: Duplex, status: number, title: string, detail: string) {
  const body = JSON.stringify({ type: `urn:calltracking:problem:${status}`, title, status, detail })
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

/**
 * An HTTP server that answers what Node rejects before the app sees it (oversized headers,
 * malformed requests) with a problem+json, and keeps serving everyone else.
 */
export function createHttpServer(listener: Listener): Server {
  // Stryker disable next-line ObjectLiteral: 16 KiB is also Node's default; the option keeps it so when NODE_OPTIONS sets --max-http-header-size
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, listener)
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy()
      return
    }
    if (error.code === 'HPE_HEADER_OVERFLOW')
      problemOnSocket(
        socket,
        431,
        'Request header fields too large',
        `The request line and headers exceed ${MAX_HEADER_BYTES} bytes.`,
      )
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
      problemOnSocket(socket, 408, 'Request timeout', 'The request was not received in time.')
    else problemOnSocket(socket, 400, 'Invalid request', 'The request is not valid HTTP/1.1.')
  })
  return server
}
