import * as v from 'valibot'
import Database from 'better-sqlite3'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { problemSchema } from '../../src/contract'
import { requireTenancy, type TenancyVariables } from '../auth/require-tenancy'
import { hashToken } from '../auth/token-hash'
import { createTables } from '../db/schema'

// The middleware alone, over its own token table: tokens of any shape can be made up here.
const db = new Database(':memory:')
createTables(db)
const grant = db.prepare('INSERT INTO api_tokens VALUES (?,?,?)')
grant.run(hashToken('team-token'), '314', '2')
grant.run(hashToken('team-token'), '314', '3')
grant.run(hashToken('other-token'), '315', '4')
// Tokens are opaque: one may even contain the word Bearer.
grant.run(hashToken('odd Bearer token'), '314', '2')
afterAll(() => db.close())

const app = new Hono<{ Variables: TenancyVariables }>()
app.use('*', requireTenancy(db))
app.get('/', (c) => c.json(c.var.tenancy))

async function send(headers: Record<string, string>) {
  const res = await app.request('http://127.0.0.1/', { headers })
  const body: unknown = await res.json()
  return { status: res.status, res, body }
}

const tenancy = { tenantid: '314', servicerid: '2' }
const CHALLENGE = 'Bearer realm="calltracking"'

describe('token digests', () => {
  it('are the SHA-256 hex of the token, so a database seeded by any version still matches', () => {
    expect(hashToken('demo-access-token')).toBe(
      '80f40c314b0f4cfa7dc202d5b51746d383926cd1d9e939bb60e80d425aca0bee',
    )
  })
})

describe('requireTenancy', () => {
  it.each([
    'team-token',
    'Bearer team-token',
    'bearer team-token',
    'BEARER   team-token',
    'Bearer\tteam-token',
    // Pasted from a web page, with a no-break space on either side.
    '\u00a0team-token\u00a0',
    'odd Bearer token',
    'Bearer odd Bearer token',
  ])(
    'lets %j through to the handler, with the tenancy it was entitled to',
    async (authorization) => {
      const { status, body } = await send({ authorization, ...tenancy })
      expect(status).toBe(200)
      expect(body).toEqual({ tenantId: '314', servicerId: '2' })
    },
  )

  it('hands the handler the headers as checked: trimmed', async () => {
    const { body } = await send({
      authorization: 'team-token',
      tenantid: '314 ',
      servicerid: ' 3',
    })
    expect(body).toEqual({ tenantId: '314', servicerId: '3' })
  })

  it.each([
    [{}, 'The Authorization header is required'],
    [{ authorization: 'Bearer ' }, 'The Authorization header is required'],
    [{ authorization: 'Bearer  \u00a0' }, 'The Authorization header is required'],
    [{ authorization: 'made-up' }, 'The access token is not recognised'],
    [{ authorization: 'Bearer team' }, 'The access token is not recognised'],
    [{ authorization: 'token Bearer team-token' }, 'The access token is not recognised'],
    [{ authorization: 'Basic team-token' }, 'The access token is not recognised'],
    [{ authorization: 'Bearerteam-token' }, 'The access token is not recognised'],
    [{ authorization: 'Bearer' }, 'The Authorization header is required'],
  ])('401 with a challenge for %j', async (auth, detail) => {
    const { status, res, body } = await send({ ...auth, ...tenancy })
    expect(status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe(CHALLENGE)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(v.parse(problemSchema, body).detail).toMatch(new RegExp(`^${detail}`))
  })

  it('checks the token before the headers: a stranger learns nothing about tenants', async () => {
    const { status } = await send({ authorization: 'made-up', tenantid: 'x' })
    expect(status).toBe(401)
  })

  it.each([
    [{ servicerid: '2' }, ['tenantid']],
    [{ tenantid: '314' }, ['servicerid']],
    [{ tenantid: '31a', servicerid: '2' }, ['tenantid']],
    [{ tenantid: '314', servicerid: '' }, ['servicerid']],
    [{ tenantid: '', servicerid: '-2' }, ['tenantid', 'servicerid']],
  ])('400 naming the header at fault for %j', async (headers, parameters) => {
    const { status, res, body } = await send({ authorization: 'team-token', ...headers })
    expect(status).toBe(400)
    expect(res.headers.get('www-authenticate')).toBeNull()
    expect(v.parse(problemSchema, body).errors?.map((e) => e.parameter)).toEqual(parameters)
  })

  it.each([
    ['team-token', '314', '4'],
    ['team-token', '315', '2'],
    // Entitled to tenant 315 with servicer 4, and to tenant 314 with servicer 2: not to the mix.
    ['other-token', '314', '4'],
    ['other-token', '315', '2'],
  ])('403 for %s on tenant %s, servicer %s', async (authorization, tenantid, servicerid) => {
    const { status, res, body } = await send({ authorization, tenantid, servicerid })
    expect(status).toBe(403)
    expect(res.headers.get('www-authenticate')).toBeNull()
    expect(v.parse(problemSchema, body).detail).toBe(
      `This access token has no access to tenant ${tenantid}, servicer ${servicerid}.`,
    )
  })
})
