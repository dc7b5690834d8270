import { describe, expect, it } from 'vitest'
import { keepToTheContract } from '../http/openapi-document'

// What the published document drops from zod's JSON Schema is narrow: only zod's own additions.
// Today's contract has none of the look-alikes below in its components, so the golden copy cannot
// tell a narrow rule from a greedy one; these cases can.
const kept = (jsonSchema: Record<string, unknown>) => {
  keepToTheContract(jsonSchema)
  return jsonSchema
}

describe('the OpenAPI document keeps to the contract', () => {
  it('drops zod’s ISO pattern beside format date-time, and keeps the pattern of any other string', () => {
    expect(kept({ type: 'string', format: 'date-time', pattern: '^iso$' })).toEqual({
      type: 'string',
      format: 'date-time',
    })
    expect(kept({ type: 'string', format: 'date', pattern: '^\\d+$' })).toEqual({
      type: 'string',
      format: 'date',
      pattern: '^\\d+$',
    })
    expect(kept({ type: 'string', pattern: '^[0-9]{10}$' })).toEqual({
      type: 'string',
      pattern: '^[0-9]{10}$',
    })
  })

  it('drops additionalProperties: false, and keeps any other statement about extra fields', () => {
    expect(kept({ type: 'object', additionalProperties: false })).toEqual({ type: 'object' })
    expect(kept({ type: 'object', additionalProperties: true })).toEqual({
      type: 'object',
      additionalProperties: true,
    })
    expect(kept({ type: 'object', additionalProperties: { type: 'string' } })).toEqual({
      type: 'object',
      additionalProperties: { type: 'string' },
    })
  })

  it('drops JavaScript’s safe-integer bounds, and keeps the API’s own bounds', () => {
    expect(
      kept({
        type: 'integer',
        minimum: Number.MIN_SAFE_INTEGER,
        maximum: Number.MAX_SAFE_INTEGER,
      }),
    ).toEqual({ type: 'integer' })
    expect(kept({ type: 'integer', minimum: 0, maximum: 500 })).toEqual({
      type: 'integer',
      minimum: 0,
      maximum: 500,
    })
    expect(kept({ type: 'integer', minimum: 1 })).toEqual({ type: 'integer', minimum: 1 })
  })
})
