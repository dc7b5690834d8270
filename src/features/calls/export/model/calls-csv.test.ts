import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { callRecordSchema, type WireCall } from '../../../../contract/call-record-schema'
import { callsCsvBlob, csvLines, csvPreamble, FORMULA_START, UTF8_BOM } from './calls-csv'
import { csvHeader, csvRow, VENDOR_COLUMNS } from './csv-columns'

const CALL: WireCall = {
  callId: '0e6f0c55-5bd5-4b5a-9c7e-0d4bb2b8f001',
  tenantId: '314',
  servicerId: '2',
  loanId: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
  borrowerId: '100000001',
  phoneNumber: '4025550134',
  callStatus: 'Contacted',
  // 02:30 CST does not exist on 2026-03-08 (clocks jump 02:00 → 03:00): it is 03:30 CDT.
  callTimestamp: '2026-03-08T02:30:00.000-06:00',
  createdDate: '2026-03-08T08:30:30Z',
  updatedDate: '2026-03-08T09:00:00.000+00:00',
  updatedBy: 'agent.two',
  createdBy: 'agent.one',
}

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data

describe('CSV columns', () => {
  it('are the vendor twelve in its order and names, then the call time named by its zone', () => {
    expect(VENDOR_COLUMNS).toEqual(Object.keys(callRecordSchema.entries))
    expect(csvHeader('America/Chicago')).toEqual([
      'callId',
      'tenantId',
      'servicerId',
      'loanId',
      'borrowerId',
      'phoneNumber',
      'callStatus',
      'callTimestamp',
      'createdDate',
      'updatedDate',
      'updatedBy',
      'createdBy',
      'callTimestamp (America/Chicago)',
    ])
  })

  it('write times as UTC ISO 8601 and the call time in the display zone with its offset', () => {
    expect(csvRow(CALL, 'America/Chicago')).toEqual([
      CALL.callId,
      '314',
      '2',
      CALL.loanId,
      '100000001',
      '4025550134',
      'Contacted',
      '2026-03-08T08:30:00.000Z',
      '2026-03-08T08:30:30.000Z',
      '2026-03-08T09:00:00.000Z',
      'agent.two',
      'agent.one',
      '2026-03-08T03:30:00.000-05:00',
    ])
    // An hour earlier is still standard time; other zones are their own.
    const before = { ...CALL, callTimestamp: '2026-03-08T07:30:00Z' }
    expect(csvRow(before, 'America/Chicago').at(-1)).toBe('2026-03-08T01:30:00.000-06:00')
    expect(csvRow(before, 'Pacific/Auckland').at(-1)).toBe('2026-03-08T20:30:00.000+13:00')
    expect(csvRow(before, 'UTC').at(-1)).toBe('2026-03-08T07:30:00.000+00:00')
  })

  it('write a user account sent as an object as its JSON, and an empty or missing one as empty', () => {
    const row = csvRow({ ...CALL, createdBy: {}, updatedBy: { userName: 'jo' } }, 'UTC')
    expect(row[11]).toBe('')
    expect(row[10]).toBe('{"userName":"jo"}')
    expect(csvRow({ ...CALL, createdBy: null }, 'UTC')[11]).toBe('')
  })
})

describe('CSV text', () => {
  it('begins with a BOM and the header, and ends every line with CRLF', () => {
    const text = csvPreamble('UTC') + csvLines([CALL, CALL], 'UTC')
    expect(text.startsWith(`${UTF8_BOM}callId,tenantId,`)).toBe(true)
    expect(text.split('\r\n')).toHaveLength(4)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(csvLines([], 'UTC')).toBe('')
  })

  it('quotes through papaparse: commas, quotes and line breaks survive a round trip', () => {
    const awkward = 'Smith, "Jo"\nline two'
    const text = csvLines([{ ...CALL, createdBy: awkward }], 'UTC')
    expect(text).toContain('"Smith, ""Jo""\nline two"')
    expect(parse(text)[0]?.[11]).toBe(awkward)
  })

  const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', UTF8_BOM, '＝', '＋', '－', '＠']
  it.each(TRIGGERS.map((c) => [JSON.stringify(c), c]))(
    'neutralises a cell that starts with %s: a leading apostrophe, quoted, so no formula runs',
    (_, trigger) => {
      for (const value of [`${trigger}HYPERLINK("https://evil.example")`, `${trigger}1+2\n=3`]) {
        const text = csvLines([{ ...CALL, createdBy: value, updatedBy: value }], 'UTC')
        const cells = parse(text)[0]
        expect(cells?.[10]).toBe(`'${value}`)
        expect(cells?.[11]).toBe(`'${value}`)
        // Nothing else in the row was touched.
        expect(cells?.slice(0, 10)).toEqual(csvRow(CALL, 'UTC').slice(0, 10))
      }
    },
  )

  it('leaves a cell alone when the trigger is not its first character', () => {
    const text = csvLines([{ ...CALL, createdBy: 'a=1+2', updatedBy: ' @x' }], 'UTC')
    expect(parse(text)[0]?.slice(10, 12)).toEqual([' @x', 'a=1+2'])
  })

  it('needs its own pattern: papaparse’s escapeFormulae: true misses a formula that spans lines', () => {
    const formula = '=1+2\nmore'
    const stock = Papa.unparse([[formula]], { escapeFormulae: true })
    expect(stock).toBe(`"${formula}"`)
    expect(FORMULA_START.test(formula)).toBe(true)
  })
})

describe('callsCsvBlob', () => {
  async function* pages(...chunks: WireCall[][]) {
    for (const chunk of chunks) {
      await Promise.resolve()
      yield chunk
    }
  }

  it('builds the file from per-page parts: UTF-8 with a BOM, every row, progress per page', async () => {
    const progress: number[] = []
    const second = { ...CALL, callId: 'second', createdBy: 'Zoë =' }
    const blob = await callsCsvBlob(pages([CALL, CALL], [second], []), 'UTC', ({ written }) =>
      progress.push(written),
    )
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const rows = parse(text.slice(1))
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual(csvHeader('UTC'))
    expect(rows.slice(1).map((r) => r[0])).toEqual([CALL.callId, CALL.callId, 'second'])
    expect(rows[3]?.[11]).toBe('Zoë =')
    expect(progress).toEqual([2, 3, 3])
  })

  it('writes only the header for no calls', async () => {
    const blob = await callsCsvBlob(pages(), 'UTC', () => {})
    // blob.text() drops a BOM as it decodes: read the bytes as they are.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())
    expect(text).toBe(csvPreamble('UTC'))
  })
})
