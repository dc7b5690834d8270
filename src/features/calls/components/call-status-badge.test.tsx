import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CALL_STATUSES } from '../../../contract/call-record-schema'
import { CALL_STATUS_TONE, CallStatusBadge } from './call-status-badge'

describe('CallStatusBadge', () => {
  it('gives every known status its own tone, and says the status in words', () => {
    expect(Object.keys(CALL_STATUS_TONE).sort()).toEqual([...CALL_STATUSES].sort())
    expect(new Set(Object.values(CALL_STATUS_TONE)).size).toBe(CALL_STATUSES.length)
    for (const status of CALL_STATUSES) {
      render(<CallStatusBadge status={status} />)
      expect(screen.getByText(status)).toHaveClass(`badge-${CALL_STATUS_TONE[status]}`)
    }
  })

  it('shows a status this build does not know as its own text', () => {
    render(<CallStatusBadge status="Voicemail" />)
    expect(screen.getByText('Voicemail')).toHaveClass('badge-other')
  })
})
