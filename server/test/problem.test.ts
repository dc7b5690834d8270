import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { parameterErrors, problem } from '../http/problem'

describe('problem', () => {
  it('titles a status it has no words for "Error", keeping the status and detail', async () => {
    const app = new Hono().get('/', (c) => problem(c, 418, 'No coffee here.'))
    const res = await app.request('/')
    expect(res.status).toBe(418)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toEqual({
      type: 'urn:calltracking:problem:418',
      title: 'Error',
      status: 418,
      detail: 'No coffee here.',
    })
  })
})

describe('parameterErrors', () => {
  it('names a nested parameter by its path joined with dots', () => {
    const path = [{ key: 'sort' }, { key: 0 }, { key: 'field' }]
    expect(parameterErrors([{ type: 'string', path, message: 'bad field' }])).toEqual([
      { parameter: 'sort.0.field', message: 'bad field' },
    ])
  })

  it('names the request itself "" when an issue has no path (the query was not an object)', () => {
    expect(parameterErrors([{ type: 'object', message: 'Invalid type' }])).toEqual([
      { parameter: '', message: 'Invalid type' },
    ])
  })

  it('keeps only the first message for a parameter with several issues', () => {
    expect(
      parameterErrors([
        { type: 'regex', path: [{ key: 'page' }], message: 'page must be a whole number' },
        { type: 'min_value', path: [{ key: 'page' }], message: 'page must be at least 1' },
        { type: 'max_value', path: [{ key: 'limit' }], message: 'limit must be at most 100' },
      ]),
    ).toEqual([
      { parameter: 'page', message: 'page must be a whole number' },
      { parameter: 'limit', message: 'limit must be at most 100' },
    ])
  })

  it('lists each unknown key as a parameter of its own', () => {
    expect(
      parameterErrors([
        { type: 'never', path: [{ key: 'foo' }], message: 'Invalid type: Expected never' },
        { type: 'never', path: [{ key: 'bar' }], message: 'Invalid type: Expected never' },
      ]),
    ).toEqual([
      { parameter: 'foo', message: 'foo is not a parameter of this endpoint' },
      { parameter: 'bar', message: 'bar is not a parameter of this endpoint' },
    ])
  })

  it('words only a `never` issue as an unknown key; any other keeps its own message', () => {
    expect(
      parameterErrors([{ type: 'check', path: [{ key: 'status' }], message: 'bad status' }]),
    ).toEqual([{ parameter: 'status', message: 'bad status' }])
  })
})
