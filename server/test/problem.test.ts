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
    expect(parameterErrors([{ path: ['sort', 0, 'field'], message: 'bad field' }])).toEqual([
      { parameter: 'sort.0.field', message: 'bad field' },
    ])
  })

  it('keeps only the first message for a parameter with several issues', () => {
    expect(
      parameterErrors([
        { path: ['page'], message: 'page must be a whole number' },
        { path: ['page'], message: 'page must be at least 1' },
        { path: ['limit'], message: 'limit must be at most 100' },
      ]),
    ).toEqual([
      { parameter: 'page', message: 'page must be a whole number' },
      { parameter: 'limit', message: 'limit must be at most 100' },
    ])
  })

  it('lists each unknown key as a parameter of its own', () => {
    expect(
      parameterErrors([
        { path: [], message: 'Unrecognized keys', code: 'unrecognized_keys', keys: ['foo', 'bar'] },
      ]),
    ).toEqual([
      { parameter: 'foo', message: 'foo is not a parameter of this endpoint' },
      { parameter: 'bar', message: 'bar is not a parameter of this endpoint' },
    ])
  })

  it('reads keys only from an unrecognized_keys issue; other issues name their path', () => {
    expect(
      parameterErrors([{ path: ['status'], message: 'bad status', code: 'custom', keys: ['x'] }]),
    ).toEqual([{ parameter: 'status', message: 'bad status' }])
  })
})
