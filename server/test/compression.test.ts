import * as v from 'valibot'
import { gunzipSync, inflateSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH, callsPageSchema } from '../../src/contract'
import { createApp } from '../app'
import { compressResponses } from '../http/compression'
import { createTestDatabase } from './test-database'

const database = createTestDatabase()
const app = createApp({ db: database.db, log: () => {} })
afterAll(() => database.close())

const request = (encoding?: string) =>
  app.request(`http://127.0.0.1${CALLS_URL_PATH}?limit=100`, {
    headers: {
      authorization: 'demo-access-token',
      tenantid: '314',
      servicerid: '2',
      ...(encoding ? { 'accept-encoding': encoding } : {}),
    },
  })

describe('compression of API answers', () => {
  it('gzips a page for a client that accepts gzip, and the page is the same', async () => {
    const plain = await request()
    expect(plain.headers.get('content-encoding')).toBeNull()
    const text = await plain.text()
    const zipped = await request('gzip, deflate, br')
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i)
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBeLessThan(text.length / 4)
    const page = v.parse(callsPageSchema, JSON.parse(gunzipSync(bytes).toString('utf8')))
    expect(page.data).toHaveLength(100)
    expect(JSON.stringify(page)).toBe(text)
  })

  it('marks a page Vary: Accept-Encoding for a client that takes it plain too', async () => {
    const plain = await request()
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
  })
})

describe('compressResponses, case by case (the rules of Hono’s compress())', () => {
  const big = 'x'.repeat(2000)
  const tiny = new Hono()
  tiny.use('*', compressResponses())
  tiny.get('/json', (c) => c.json({ big }))
  tiny.get('/sized/:length', (c) =>
    c.body(big.slice(0, Number(c.req.param('length'))), 200, {
      'content-type': 'text/plain',
      'content-length': c.req.param('length'),
    }),
  )
  tiny.get('/with/:name/:value', (c) =>
    c.body(big, 200, { 'content-type': 'text/plain', [c.req.param('name')]: c.req.param('value') }),
  )
  tiny.get('/partial', (c) => c.body(big, 206, { 'content-type': 'text/plain' }))
  tiny.get('/image', (c) => c.body(big, 200, { 'content-type': 'image/png' }))
  tiny.get('/untyped', () => new Response(new TextEncoder().encode(big)))
  tiny.get('/empty', (c) => c.body(null, 200, { 'content-type': 'text/plain' }))

  const get = (path: string, encoding?: string, method = 'GET') =>
    tiny.request(`http://127.0.0.1${path}`, {
      method,
      headers: encoding === undefined ? {} : { 'accept-encoding': encoding },
    })
  const decode = (res: Response) =>
    res.arrayBuffer().then((body) => {
      const bytes = Buffer.from(body)
      return (res.headers.get('content-encoding') === 'deflate' ? inflateSync : gunzipSync)(
        bytes,
      ).toString('utf8')
    })

  it.each([
    ['gzip', 'gzip'],
    ['deflate', 'deflate'],
    ['GZIP', 'gzip'],
    ['deflate, gzip', 'gzip'],
    ['deflate;q=0.9, gzip;q=0.5', 'deflate'],
    ['gzip;q=0.5, deflate;q=0.9', 'deflate'],
    ['gzip;q=0.5, deflate;q=0.5', 'gzip'],
    ['*', 'gzip'],
    ['*;q=0.4, deflate;q=0.6', 'deflate'],
    ['*;q=0.6, deflate;q=0.4', 'gzip'],
  ])('Accept-Encoding %s gets %s, which decodes to the same body', async (accepted, chosen) => {
    const res = await get('/json', accepted)
    expect(res.headers.get('content-encoding')).toBe(chosen)
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    // JSON is compressed whole, so its compressed length is known and sent.
    const length = Number(res.headers.get('content-length'))
    expect(JSON.parse(await decode(res.clone()))).toEqual({ big })
    expect((await res.arrayBuffer()).byteLength).toBe(length)
  })

  it.each([
    ['a JSON file above 256 KiB (a source map, say)', 'application/json', 256 * 1024 + 1, null],
    ['a JSON file of 256 KiB', 'application/json', 256 * 1024, 'known'],
    ['a problem', 'application/problem+json; charset=UTF-8', 2000, 'known'],
    ['a JSON Patch', 'application/json-patch+json', 2000, null],
  ])(
    'compresses %s at once only when it is JSON of at most 256 KiB',
    async (_name, type, size, length) => {
      const file = new Hono()
      file.use('*', compressResponses())
      file.get('/file', (c) =>
        c.body('x'.repeat(size), 200, { 'content-type': type, 'content-length': String(size) }),
      )
      const res = await file.request('http://127.0.0.1/file', {
        headers: { 'accept-encoding': 'gzip' },
      })
      expect(res.headers.get('content-encoding')).toBe('gzip')
      const bytes = Buffer.from(await res.arrayBuffer())
      expect(res.headers.get('content-length')).toBe(length && String(bytes.length))
      expect(gunzipSync(bytes).toString('utf8')).toHaveLength(size)
    },
  )

  it('streams an answer that is not JSON through the compressor (no length known up front)', async () => {
    const res = await get('/with/x-any/1', 'deflate')
    expect(res.headers.get('content-encoding')).toBe('deflate')
    expect(res.headers.get('content-length')).toBeNull()
    expect(await decode(res)).toBe(big)
  })

  it.each([
    [undefined],
    [''],
    ['br'],
    ['gzip;q=0'],
    ['gzip;q=0, deflate;q=0'],
    ['*;q=0'],
    ['identity'],
  ])(
    'Accept-Encoding %s gets the body as it is, marked Vary: Accept-Encoding',
    async (accepted) => {
      const res = await get('/json', accepted)
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('vary')).toBe('Accept-Encoding')
      expect(await res.json()).toEqual({ big })
    },
  )

  it('compresses from the threshold (1 KiB) or an unknown length, and below it neither compresses nor marks', async () => {
    const at = await get('/sized/1024', 'gzip')
    expect(at.headers.get('content-encoding')).toBe('gzip')
    expect(await decode(at)).toBe(big.slice(0, 1024))
    const below = await get('/sized/1023', 'gzip')
    expect(below.headers.get('content-encoding')).toBeNull()
    expect(below.headers.get('vary')).toBeNull()
    expect(await below.text()).toBe(big.slice(0, 1023))
    const noLength = await get('/with/x-any/1', 'gzip')
    expect(noLength.headers.get('content-encoding')).toBe('gzip')
  })

  it.each([
    ['a HEAD request', '/json', 'HEAD'],
    ['a partial answer (206)', '/partial', 'GET'],
    ['a type that does not compress', '/image', 'GET'],
    ['an answer with no type', '/untyped', 'GET'],
    ['an answer already encoded', '/with/content-encoding/br', 'GET'],
    ['an answer sent chunked', '/with/transfer-encoding/chunked', 'GET'],
    ['an answer marked no-transform', '/with/cache-control/public, no-transform', 'GET'],
  ])('leaves %s alone: no encoding, no Vary', async (_name, path, method) => {
    const res = await get(path, 'gzip', method)
    expect(res.headers.get('vary')).toBeNull()
    expect(res.headers.get('content-encoding')).toBe(
      path.includes('content-encoding') ? 'br' : null,
    )
  })

  it('still compresses an answer whose cache-control allows transforms', async () => {
    const res = await get('/with/cache-control/public, max-age=60', 'gzip')
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  it('marks an answer with no body but sends it as it is', async () => {
    const res = await get('/empty', 'gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('content-encoding')).toBeNull()
  })

  it('adds Accept-Encoding to a Vary already there, once, and leaves Vary: * as it is', async () => {
    expect((await get('/with/vary/Origin', 'gzip')).headers.get('vary')).toBe(
      'Origin, Accept-Encoding',
    )
    expect((await get('/with/vary/Origin, accept-encoding')).headers.get('vary')).toBe(
      'Origin, accept-encoding',
    )
    expect((await get('/with/vary/*', 'gzip')).headers.get('vary')).toBe('*')
  })

  it('weakens a strong ETag of a compressed answer, and keeps a weak one', async () => {
    expect((await get('/with/etag/"v1"', 'gzip')).headers.get('etag')).toBe('W/"v1"')
    expect((await get('/with/etag/W%2F"v1"', 'gzip')).headers.get('etag')).toBe('W/"v1"')
    expect((await get('/with/etag/"v1"')).headers.get('etag')).toBe('"v1"')
  })
})
