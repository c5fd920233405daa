import type { PayloadRequest } from 'payload'

import { idOf } from '../../../contract/idOf'

export type ContactRecipient = { email: string; preferredLanguage?: unknown; kind: 'author' | 'unit' }

const GONE = new Set(['erased', 'deactivated', 'rejected'])

/**
 * Who receives a message about a practice: its author, or the unit's public contact address when
 * the author's account is gone (erased, deactivated) or has no address. Read on the server's own
 * authority; the address never leaves the server.
 */
export const contactRecipient = async ({
  practice,
  req,
}: {
  practice: Record<string, unknown>
  req: PayloadRequest
}): Promise<ContactRecipient | null> => {
  const authorId = idOf(practice.author)
  const author =
    authorId === null
      ? null
      : await req.payload.findByID({ collection: 'users', id: authorId, depth: 0, req, disableErrors: true })
  if (author?.email && !GONE.has(String(author.accountStatus ?? 'active'))) {
    return { email: author.email, preferredLanguage: author.preferredLanguage, kind: 'author' }
  }
  const unitId = idOf(practice.unit)
  const unit =
    unitId === null
      ? null
      : await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })
  const email = unit?.contact?.email
  return email ? { email, kind: 'unit' } : null
}
