import { describe, expect, it } from 'vitest'
import { formatUserAccount } from './user-account'

describe('a user account (createdBy, updatedBy)', () => {
  it('shows a name sent as text as it is', () => {
    expect(formatUserAccount('jsmith')).toBe('jsmith')
  })

  it('says "Not recorded" for empty text, null, nothing, and an empty object', () => {
    expect(formatUserAccount('')).toBe('Not recorded')
    expect(formatUserAccount(null)).toBe('Not recorded')
    expect(formatUserAccount(undefined)).toBe('Not recorded')
    expect(formatUserAccount({})).toBe('Not recorded')
  })

  it.each(['userName', 'username', 'name', 'displayName', 'email', 'id'])(
    'shows an object by its %s alone',
    (key) => {
      expect(formatUserAccount({ [key]: 'who' })).toBe('who')
    },
  )

  it('prefers the user name, then the name, the display name, the email and last the id', () => {
    const id = { id: 'u-7' }
    const email = { ...id, email: 'j@example.com' }
    const displayName = { ...email, displayName: 'J. Smith' }
    const name = { ...displayName, name: 'Jo Smith' }
    const username = { ...name, username: 'jsmith2' }
    const userName = { ...username, userName: 'jsmith' }
    expect(formatUserAccount(userName)).toBe('jsmith')
    expect(formatUserAccount(username)).toBe('jsmith2')
    expect(formatUserAccount(name)).toBe('Jo Smith')
    expect(formatUserAccount(displayName)).toBe('J. Smith')
    expect(formatUserAccount(email)).toBe('j@example.com')
    expect(formatUserAccount(id)).toBe('u-7')
  })

  it('passes over a field that is empty or not text for the next one', () => {
    expect(formatUserAccount({ userName: '', name: 'Jo Smith' })).toBe('Jo Smith')
    expect(formatUserAccount({ userName: 42, name: 'Jo Smith' })).toBe('Jo Smith')
    expect(formatUserAccount({ userName: { first: 'Jo' }, email: 'j@example.com' })).toBe(
      'j@example.com',
    )
  })

  it('shows an object with none of those fields as its JSON, so nothing is hidden', () => {
    expect(formatUserAccount({ team: 'collections', seat: 4 })).toBe(
      '{"team":"collections","seat":4}',
    )
    expect(formatUserAccount({ userName: 42 })).toBe('{"userName":42}')
  })
})
