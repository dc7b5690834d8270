import type { WireCall } from '../../../contract/call-record-schema'

/** `createdBy`/`updatedBy` arrive as a string from this API, and may be an object from others. */
export function formatUserAccount(value: WireCall['createdBy']): string {
  if (typeof value === 'string') return value || 'Not recorded'
  if (!value) return 'Not recorded'
  for (const key of ['userName', 'username', 'name', 'displayName', 'email', 'id']) {
    const field = value[key]
    if (typeof field === 'string' && field) return field
  }
  return Object.keys(value).length === 0 ? 'Not recorded' : JSON.stringify(value)
}
