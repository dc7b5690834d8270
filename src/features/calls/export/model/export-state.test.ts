import { describe, expect, it } from 'vitest'
import { IncompleteReadError } from '../../api/read-all-calls'
import { describeExportError } from './describe-export-error'
import { exportScope } from './export-scope'
import { exportStatusText } from './export-state'

describe('export wording', () => {
  it('states the scope before it starts, exactly, or says the count is not known yet', () => {
    expect(exportScope(1870)).toBe('Export all 1,870 calls matching these filters')
    expect(exportScope(1)).toBe('Export all 1 call matching these filters')
    expect(exportScope(null)).toBe('Export all calls matching these filters')
  })

  it('says each state as it is', () => {
    expect(exportStatusText({ status: 'idle' })).toBe('')
    expect(exportStatusText({ status: 'running', total: null, written: 0 })).toBe(
      'Exporting calls…',
    )
    expect(exportStatusText({ status: 'running', total: 1870, written: 500 })).toBe(
      'Exporting 1,870 calls…',
    )
    expect(
      exportStatusText({ status: 'done', fileName: 'calls_all_2026-11-29.csv', count: 1870 }),
    ).toBe('Exported 1,870 calls to calls_all_2026-11-29.csv.')
    expect(exportStatusText({ status: 'cancelled', written: 500, total: 1870 })).toBe(
      'Export cancelled: no file was saved.',
    )
  })

  it('names a short read as what it is, and prefixes other failures with what failed', () => {
    const describe = () => ({
      title: 'The API could not answer (500).',
      action: 'Retry.',
      canRetry: true,
    })
    expect(describeExportError(new IncompleteReadError(1870, 1500), describe).title).toMatch(
      /^The API described 1,870 calls but returned 1,500/,
    )
    expect(describeExportError(new Error('x'), describe)).toEqual({
      title: 'Could not export the calls. The API could not answer (500).',
      action: 'Retry.',
      canRetry: true,
    })
  })
})
