import type { PayloadRequest } from 'payload'

import { settings } from '../settings'

/**
 * The caller's address, or null when it cannot be known. Only a trusted proxy's
 * X-Forwarded-For counts: without one anybody can write that header, and Next.js's route
 * handlers do not see the socket's address. Caddy replaces the header with the address it saw,
 * so the last entry is the one the proxy wrote.
 */
export const clientAddress = ({ req }: { req: Pick<PayloadRequest, 'headers'> }): null | string => {
  if (!settings.trustProxy) return null
  const entries = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.at(-1) ?? null
}
