import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH, callsPageSchema } from '../../src/contract'
import { createApp } from '../app'
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
    const page = callsPageSchema.parse(JSON.parse(gunzipSync(bytes).toString('utf8')))
    expect(page.data).toHaveLength(100)
    expect(JSON.stringify(page)).toBe(text)
  })
})
