import { describe, expect, it } from 'vitest'
import { keepDocumentToTheContract, keepToTheContract } from '../http/openapi-document'

// What the published document changes in the converter's JSON Schema is narrow.
// Today's contract has none of the look-alikes below in its components, so the golden copy cannot
// tell a narrow rule from a greedy one; these cases can.
const kept = (jsonSchema: Record<string, unknown>) => {
  keepToTheContract(jsonSchema)
  return jsonSchema
}

describe('the OpenAPI document keeps to the contract', () => {
  it('states a nullable of one plain type as a type list, and leaves any other anyOf alone', () => {
    expect(kept({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toEqual({
      type: ['string', 'null'],
    })
    const other = [{ type: 'string' }, { type: 'integer' }]
    expect(kept({ anyOf: other })).toEqual({ anyOf: other })
    const described = [{ type: 'string', description: 'x' }, { type: 'null' }]
    expect(kept({ anyOf: described })).toEqual({ anyOf: described })
    const nullFirst = [{ type: 'null' }, { type: 'string' }]
    expect(kept({ anyOf: nullFirst })).toEqual({ anyOf: nullFirst })
    const three = [{ type: 'string' }, { type: 'null' }, { type: 'integer' }]
    expect(kept({ anyOf: three })).toEqual({ anyOf: three })
    const ref = [{ $ref: '#/components/schemas/Call' }, { type: 'null' }]
    expect(kept({ anyOf: ref })).toEqual({ anyOf: ref })
    const list = [{ type: ['string', 'integer'] }, { type: 'null' }]
    expect(kept({ anyOf: list })).toEqual({ anyOf: list })
    const notNull = [{ type: 'string' }, { const: null }]
    expect(kept({ anyOf: notNull })).toEqual({ anyOf: notNull })
  })

  it('changes every schema in a document, in properties and in lists, and passes over nulls', () => {
    const nullable = () => ({ anyOf: [{ type: 'string' }, { type: 'null' }], default: null })
    const document = {
      properties: { a: nullable(), b: { type: 'array', items: nullable() } },
      prefixItems: [nullable()],
    }
    keepDocumentToTheContract(document)
    const read = { type: ['string', 'null'], default: null }
    expect(document).toEqual({
      properties: { a: read, b: { type: 'array', items: read } },
      prefixItems: [read],
    })
  })
})
