import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'

describe('ApiError', () => {
  it('names itself in logs and stack traces, with what went wrong', () => {
    const error = new ApiError('timeout', 'The server took longer than 15 s to answer.')
    expect(error.name).toBe('ApiError')
    expect(String(error)).toBe('ApiError: The server took longer than 15 s to answer.')
    expect(error).toBeInstanceOf(Error)
    expect(error.status).toBe(0)
  })
})
