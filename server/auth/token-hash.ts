import { hash } from 'node:crypto'

/**
 * Tokens are stored and compared as SHA-256 digests, so the database never holds one. One-shot
 * crypto.hash (Node ≥ 20.12): the same digest as createHash().update().digest() without a Hash
 * object per request (~0.3 µs against ~0.8 µs).
 */
export const hashToken = (token: string) => hash('sha256', token, 'hex')
