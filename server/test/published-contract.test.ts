import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { createTestDatabase } from './test-database'

// The published contract, compared with committed copies: a description, message, format or bound
// that changes shows up here as a diff to review, never silently. After an intended change, update
// the copies with `npx vitest run server/test/published-contract.test.ts -u` and commit them.

const database = createTestDatabase(20)
afterAll(() => database.close())
// Built inside each test, not when this file loads: the document is made when the app is, and
// StrykerJS only sees (and mutates) code that runs during a test as this test's.
const newApp = () => createApp({ db: database.db, log: () => {} })

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

describe('the published contract', () => {
  it('OpenAPI document: every path, parameter, schema, description and bound', async () => {
    const app = newApp()
    const res = await app.request('http://127.0.0.1/calltrackingapi/openapi.json')
    expect(res.status).toBe(200)
    await expect(json(await res.json())).toMatchFileSnapshot('golden/openapi.json')
  })

  it('problems: the status and words of every refusal, one request per rule', async () => {
    const app = newApp()
    const demo = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
    const requests: [string, Record<string, string>][] = [
      ['loanid=2c809e08', demo],
      ['borrowerid=a%20b', demo],
      ['phonenumber=555-0134', demo],
      ['startdate=05/01/2025', demo],
      ['enddate=2025-05-01T10:00:00', demo],
      ['startdate=2025-05-02&enddate=2025-05-01', demo],
      ['offset=-1', demo],
      ['limit=501', demo],
      ['loanid=a&loanid=b', demo],
      ['loanId=x&limit=0', demo],
      ['', { authorization: 'demo-access-token', servicerid: '2' }],
      ['', { authorization: 'demo-access-token', tenantid: '314' }],
      ['', { authorization: 'demo-access-token', tenantid: 'x314', servicerid: '2 2' }],
      ['', { tenantid: '314', servicerid: '2' }],
      ['', { authorization: 'Bearer not-a-token', tenantid: '314', servicerid: '2' }],
      ['', { ...demo, servicerid: '4' }],
    ]
    const answers: Record<string, unknown> = {}
    for (const [query, headers] of requests) {
      const path = `/calltrackingapi/calltracking/calls${query ? `?${query}` : ''}`
      const res = await app.request(`http://127.0.0.1${path}`, { headers })
      const sent = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
      answers[`GET ${path} (${sent.join(', ')})`] = {
        status: res.status,
        contentType: res.headers.get('content-type'),
        authenticate: res.headers.get('www-authenticate'),
        body: (await res.json()) as unknown,
      }
    }
    const notFound = await app.request('http://127.0.0.1/calltrackingapi/calltracking/nope', {
      headers: demo,
    })
    answers['GET /calltrackingapi/calltracking/nope'] = {
      status: notFound.status,
      body: (await notFound.json()) as unknown,
    }
    await expect(json(answers)).toMatchFileSnapshot('golden/problems.json')
  })
})
