import { request as httpRequest } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { Duplex } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH as CALLS } from '../../src/contract'
import { createApp } from '../app'
import { createFaultInjector } from '../faults/fault-injector'
import { parseFaultSpec } from '../faults/fault-spec'
import { createHttpServer, createNodeListener, MAX_HEADER_BYTES } from '../http/node-server'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(300)
const faults = createFaultInjector(parseFaultSpec('none'))
const server = createHttpServer(
  createNodeListener(createApp({ db: database.db, log: () => {}, faults }).fetch),
)
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  database.close()
})

type Answer = { status: number; type: string | undefined; body: string }

/** The JSON body of a raw HTTP/1.1 response: what follows the blank line after the headers. */
const bodyOf = (raw: string): unknown => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))

/** A raw request over a fresh connection, so a reset or an early close is visible as such. */
function send(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        agent: false,
        headers: {
          authorization: 'demo-access-token',
          tenantid: '314',
          servicerid: '2',
          ...headers,
        },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the Node server of npm start', () => {
  it('answers a URL of 8 to 16 KiB with the app’s own 414 problem', async () => {
    const answer = await send(`${CALLS}?borrowerid=${'b'.repeat(12_000)}`)
    expect(answer).toMatchObject({ status: 414, type: 'application/problem+json' })
  })

  it(`answers headers over ${MAX_HEADER_BYTES} bytes with a 431 problem, and keeps serving`, async () => {
    const huge = await send(CALLS, { 'x-padding': 'p'.repeat(MAX_HEADER_BYTES + 100) })
    expect(huge).toMatchObject({ status: 431, type: 'application/problem+json' })
    expect(JSON.parse(huge.body)).toEqual({
      type: 'urn:calltracking:problem:431',
      title: 'Request header fields too large',
      status: 431,
      detail: `The request line and headers exceed ${MAX_HEADER_BYTES} bytes.`,
    })
    const hugeUrl = await send(`${CALLS}?borrowerid=${'b'.repeat(20_000)}`)
    expect(hugeUrl.status).toBe(431)
    expect((await send(`${CALLS}?limit=1`)).status).toBe(200)
  })

  it('answers a request that is not HTTP with a 400 problem, and keeps serving', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('HELLO\r\n\r\n'))
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.1 400 Invalid request\r\n/)
    expect(raw).toContain('application/problem+json')
    expect(bodyOf(raw)).toEqual({
      type: 'urn:calltracking:problem:400',
      title: 'Invalid request',
      status: 400,
      detail: 'The request is not valid HTTP/1.1.',
    })
    expect((await send(`${CALLS}?limit=1`)).status).toBe(200)
  })

  it('drops the connection for a reset fault, with no response at all, and keeps serving', async () => {
    await expect(send(CALLS, { 'x-calltracking-fault': 'reset' })).rejects.toMatchObject({
      code: 'ECONNRESET',
    })
    expect((await send(`${CALLS}?limit=1`)).status).toBe(200)
  })

  it('answers any other error of the app with a 500, keeping the connection alive for others', async () => {
    const failing = createHttpServer(
      createNodeListener(() => {
        throw new Error('not a simulated reset')
      }),
    )
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve))
    const failingPort = (failing.address() as AddressInfo).port
    try {
      const status = await new Promise<number>((resolve, reject) =>
        httpRequest({ host: '127.0.0.1', port: failingPort, agent: false }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
          .on('error', reject)
          .end(),
      )
      expect(status).toBe(500)
    } finally {
      failing.closeAllConnections()
      await new Promise<void>((resolve) => failing.close(() => resolve()))
    }
  })
})

describe('answers as the Node listener receives them', () => {
  // @hono/node-server writes a response whose body is still the string the app made in one go; a
  // response something rebuilt (c.header() after the handler, or a header set on the context
  // before it) arrives as a stream the listener reads back chunk by chunk, ~0.3 ms of CPU more.
  // The listener's lightweight Response keeps the string under its own symbol "cache" until then.
  const madeInOneGo = (res: Response) =>
    Object.getOwnPropertySymbols(res).map((symbol) => symbol.description)
  const app = createApp({ db: database.db, log: () => {}, responseHeaders: { 'x-test': 'yes' } })
  createNodeListener(app.fetch) // installs the listener's Response, as the server does
  const fetchFromApp = (path: string, headers: Record<string, string>) =>
    app.fetch(new Request(`http://127.0.0.1${path}`, { headers }))
  const token = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }

  it.each([
    ['a page', `${CALLS}?limit=1`, token],
    ['a refusal', CALLS, {}],
    ['a page asked for compressed', `${CALLS}?limit=1`, { ...token, 'accept-encoding': 'br' }],
  ])('gets %s as the string the app made, with every header', async (_name, path, headers) => {
    const res = await fetchFromApp(path, headers)
    expect(madeInOneGo(res)).toEqual(['cache'])
    expect(res.headers.get('x-test')).toBe('yes')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
  })
})

/** A socket as Node hands it to 'clientError': what the server writes to it is recorded. */
function clientSocket() {
  const written: string[] = []
  const errors: Error[] = []
  const socket = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString())
      done()
    },
  })
  socket.on('error', (error) => errors.push(error))
  return { socket, written, errors }
}

const clientError = (code: string) => Object.assign(new Error(code), { code })
// A server of its own in each test, never listening: what it does with an error Node reports
// is wired when it is created, and StrykerJS counts only code run inside a test as tested there.
const unstartedServer = () => createHttpServer(() => {})

describe('the Node server of npm start, on a client error Node reports', () => {
  it('answers a request that timed out with a 408 problem and closes', () => {
    const { socket, written } = clientSocket()
    unstartedServer().emit('clientError', clientError('ERR_HTTP_REQUEST_TIMEOUT'), socket)
    const raw = written.join('')
    expect(raw).toMatch(/^HTTP\/1\.1 408 Request timeout\r\n/)
    expect(raw).toContain('Connection: close')
    expect(bodyOf(raw)).toEqual({
      type: 'urn:calltracking:problem:408',
      title: 'Request timeout',
      status: 408,
      detail: 'The request was not received in time.',
    })
  })

  it('writes nothing to a connection the client reset, and destroys it', () => {
    const { socket, written } = clientSocket()
    unstartedServer().emit('clientError', clientError('ECONNRESET'), socket)
    expect(written).toEqual([])
    expect(socket.destroyed).toBe(true)
  })

  it('writes nothing to a connection that can no longer be written, and destroys it', async () => {
    const { socket, written, errors } = clientSocket()
    socket.end()
    unstartedServer().emit('clientError', clientError('HPE_INVALID_METHOD'), socket)
    await new Promise(setImmediate) // a write after end is reported on a later tick
    expect(written).toEqual([])
    expect(errors).toEqual([])
    expect(socket.destroyed).toBe(true)
  })
})
