import type { Payload } from 'payload'

import { countReplicatingUnits } from './countReplicatingUnits'

type Id = number | string

/** One page of practices after `after` (keyset on the id: no skip, no count). */
const practicesAfter = async (payload: Payload, after: Id | null, limit: number) =>
  (
    await payload.find({
      collection: 'practices',
      depth: 0,
      limit,
      pagination: false,
      select: { likeCount: true, commentCount: true, replicationCount: true },
      sort: 'id',
      ...(after === null ? {} : { where: { id: { greater_than: after } } }),
    })
  ).docs

/**
 * Recounts every practice's likeCount (its likes), commentCount (its visible comments) and
 * replicationCount (the distinct units of its confirmed replications and published adaptations) from
 * the rows, and writes the numbers that differ: the repair for a counter move lost between a
 * commit and its move (a process killed there). Idempotent; no transaction, filtered counts only.
 * Not atomic per practice: a move landing between a recount and its write is lost until the next run.
 * Written straight to the database like the moves: a counter is not an edit (no version).
 * Returns how many practices it corrected.
 */
export const reconcilePracticeCounts = async ({
  payload,
  pageSize = 100,
}: {
  payload: Payload
  pageSize?: number
}): Promise<number> => {
  let corrected = 0
  let after: Id | null = null
  for (;;) {
    const docs = await practicesAfter(payload, after, pageSize)
    for (const practice of docs) {
      const likes = await payload.count({ collection: 'likes', where: { practice: { equals: practice.id } } })
      const comments = await payload.count({
        collection: 'comments',
        where: { and: [{ practice: { equals: practice.id } }, { state: { equals: 'visible' } }] },
      })
      const data = {
        likeCount: likes.totalDocs,
        commentCount: comments.totalDocs,
        replicationCount: await countReplicatingUnits({ payload, practice: practice.id }),
      }
      if (
        practice.likeCount === data.likeCount &&
        practice.commentCount === data.commentCount &&
        practice.replicationCount === data.replicationCount
      )
        continue
      await payload.db.updateOne({ collection: 'practices', id: practice.id, data, returning: false })
      corrected++
    }
    if (docs.length < pageSize) return corrected
    after = docs.at(-1)!.id
  }
}
