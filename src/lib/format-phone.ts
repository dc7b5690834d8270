import { normalizePhoneNumber } from '../contract/call-filters'

/**
 * "4025550134" or "+1 402-555-0134" → "(402) 555-0134", by the same rule the filter and the API use;
 * anything else (an extension, letters, a number from abroad) is shown exactly as it came.
 */
export function formatPhoneNumber(value: string): string {
  const national = normalizePhoneNumber(value)
  if (national === null) return value
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
}
