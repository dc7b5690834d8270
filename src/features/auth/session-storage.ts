import * as v from 'valibot'
import { apiCredentialsSchema, type ApiCredentials } from '../../lib/api-client'

// sessionStorage, never localStorage: the token dies with the tab and is never in the URL.
const KEY = 'calltracking.session'
// Sign-in stores no empty field, so a stored session with one was not written by it.
const sessionSchema = v.pipe(
  apiCredentialsSchema,
  v.check((session) => Object.values(session).every((field) => field !== '')),
)

export function readStoredSession(): ApiCredentials | null {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null')
    const parsed = v.safeParse(sessionSchema, stored)
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}

export function storeSession(session: ApiCredentials | null): void {
  try {
    if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session))
    else window.sessionStorage.removeItem(KEY)
  } catch {
    // Storage can be unavailable (privacy modes); the session then lives in memory only.
  }
}
