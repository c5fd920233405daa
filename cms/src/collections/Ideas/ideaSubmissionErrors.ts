import type { PayloadRequest } from 'payload'

import { idOf } from '../../contract/idOf'
import { findMissingFields } from '../../fields/findMissingFields'
import { ideaRequiredForReview } from './ideaRequiredForReview'

/**
 * What keeps an idea out of review: the texts its reviewers need, and — for an answer to a
 * challenge — the challenge being open now.
 */
export const ideaSubmissionErrors = async ({
  doc,
  req,
}: {
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<{ path: string; message: string }[]> => {
  const errors = findMissingFields({ doc, required: ideaRequiredForReview })
  const challengeId = idOf(doc.challenge)
  if (challengeId === null) return errors
  const challenge = await req.payload.findByID({
    collection: 'challenges',
    id: challengeId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const now = Date.now()
  const opens = challenge?.opensAt ? new Date(challenge.opensAt).getTime() : Number.NaN
  const closes = challenge?.closesAt ? new Date(challenge.closesAt).getTime() : Number.NaN
  if (!challenge || !(opens <= now && now <= closes))
    errors.push({
      path: 'challenge',
      message: 'This challenge is not open for ideas now: choose an open one, or none for the open call.',
    })
  return errors
}
