import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH as CALLS } from '../../src/contract'
import { createApp } from '../app'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(200)
const app = createApp({ db: database.db, log: () => {} })
afterAll(() => database.close())

const TOKEN = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
const send = (path: string, init: RequestInit = {}) =>
  app.request(`http://127.0.0.1${path}`, {
    ...init,
    headers: { origin: 'https://elsewhere.example', ...init.headers },
  })

// Tokens travel in a header, never a cookie: any origin may call the API with its own token, and
// read every answer, refusals included (the dashboard names what failed).
describe('CORS on the API', () => {
  it.each([
    ['a page', `${CALLS}?limit=1`, TOKEN, 200],
    ['a refusal without a token', CALLS, {}, 401],
    ['a refusal of a servicer', CALLS, { ...TOKEN, servicerid: '9' }, 403],
    ['a refusal of a parameter', `${CALLS}?limit=0`, TOKEN, 400],
    [
      'a path under the API that does not exist',
      '/calltrackingapi/calltracking/nothing',
      TOKEN,
      404,
    ],
    ['the OpenAPI document', '/calltrackingapi/openapi.json', {}, 200],
  ])('lets any origin read %s', async (_name, path, headers, status) => {
    const res = await send(path, { headers })
    expect(res.status).toBe(status)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toBeNull()
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('answers a preflight for the headers the API reads, with no body', async () => {
    const res = await send(CALLS, {
      method: 'OPTIONS',
      headers: {
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, tenantid, servicerid',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Authorization,tenantid,servicerid,Content-Type',
    )
    expect(res.headers.get('access-control-allow-methods')).toMatch(/\bGET\b/)
    expect(await res.text()).toBe('')
  })

  it('adds nothing to what is not the API', async () => {
    const res = await send('/elsewhere')
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
