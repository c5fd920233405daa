import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../types'
import { findEvents } from './findEvents'

/**
 * The events of one item, oldest first. Only called once the caller is known to see the item;
 * who acted, their comments and the versions they saw only for those who may read its drafts —
 * anyone else (anonymous visitors of a published item) sees the stages, levels and dates. The
 * scores only for whom the endpoint says may read them.
 */
export const readHistory = async ({
  collection,
  detailed,
  id,
  options,
  req,
  withScores = false,
}: {
  collection: CollectionSlug
  detailed: boolean
  /** Whether the caller reads the decisions' scores (only with `detailed`). */
  withScores?: boolean
  id: number | string
  options: SanitizedOptions
  req: PayloadRequest
}) => {
  const events = await findEvents({ collection, id, options, req })
  return events.map((e) => {
    const outline = {
      at: e.createdAt,
      action: e.action,
      from: e.from,
      to: e.to,
      revision: e.revision,
      level: e.userLevel ?? null,
    }
    if (!detailed) return outline
    return {
      ...outline,
      by: e.userName,
      role: e.userRole ?? null,
      comment: e.comment || null,
      version: e.version,
      ...(withScores && e.scores ? { scores: e.scores as Record<string, number> } : {}),
    }
  })
}
