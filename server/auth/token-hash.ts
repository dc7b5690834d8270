import { createHash } from 'node:crypto'

/** Tokens are stored and compared as SHA-256 digests, so the database never holds one. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
