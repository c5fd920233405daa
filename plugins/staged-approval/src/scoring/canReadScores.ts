import type { PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../types'

/**
 * Whether the caller reads the `scores` of a history event: by the scoring of the event's
 * collection; for an event not in hand (a `where` on the field), only if every collection that
 * scores would let them. Nobody when no collection scores.
 */
export const canReadScores = async ({
  doc,
  options,
  req,
}: {
  doc?: unknown
  options: Pick<SanitizedOptions, 'collections'>
  req: PayloadRequest
}): Promise<boolean> => {
  const itemCollection = (doc as null | { itemCollection?: unknown } | undefined)?.itemCollection
  const scoring = options.collections
    .filter(({ slug }) => itemCollection === undefined || slug === itemCollection)
    .flatMap(({ scoring }) => (scoring ? [scoring] : []))
  if (scoring.length === 0) return false
  for (const { canRead } of scoring) {
    if (!(await canRead({ req, user: req.user ?? null }))) return false
  }
  return true
}
