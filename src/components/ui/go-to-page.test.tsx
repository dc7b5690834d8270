import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { GoToPage, parsePageNumber } from './go-to-page'

describe('parsePageNumber', () => {
  it.each([
    ['1', 94, 1],
    ['94', 94, 94],
    [' 12 ', 94, 12],
    ['1,200', 2000, 1200],
    ['007', 94, 7],
    ['500', null, 500],
  ])('"%s" of %s pages is page %i', (text, count, page) => {
    expect(parsePageNumber(text, count)).toEqual({ page })
  })

  it.each([
    ['', 94, 'Enter a page from 1 to 94.'],
    ['  ', null, 'Enter a page number of 1 or more.'],
    ['0', 94, 'There are 94 pages: enter 1 to 94.'],
    ['95', 94, 'There are 94 pages: enter 1 to 94.'],
    ['2', 1, 'There is 1 page: enter 1 to 1.'],
    ['0', null, 'Enter a page number of 1 or more.'],
    ['2.5', 94, '"2.5" is not a page number. Enter a page from 1 to 94.'],
    ['-1', 94, '"-1" is not a page number. Enter a page from 1 to 94.'],
    ['1e3', 2000, '"1e3" is not a page number. Enter a page from 1 to 2,000.'],
    ['abc', 94, '"abc" is not a page number. Enter a page from 1 to 94.'],
  ])('"%s" of %s pages is refused: %s', (text, count, error) => {
    expect(parsePageNumber(text, count)).toEqual({ error })
  })
})

describe('GoToPage', () => {
  it('goes on Enter, and keeps a refused number with its message on the field', async () => {
    const user = userEvent.setup()
    const onGo = vi.fn()
    render(<GoToPage pageCount={94} onGo={onGo} />)
    const field = screen.getByLabelText('Go to page')
    await user.type(field, '120{Enter}')
    expect(onGo).not.toHaveBeenCalled()
    expect(field).toHaveValue('120')
    expect(field).toHaveAccessibleDescription('There are 94 pages: enter 1 to 94.')
    expect(field).toHaveAttribute('aria-invalid', 'true')

    await user.clear(field)
    expect(field).not.toHaveAttribute('aria-invalid')
    await user.type(field, '12{Enter}')
    expect(onGo).toHaveBeenCalledWith(12)
    expect(field).toHaveValue('')
    expect(field).toHaveFocus()
  })
})
