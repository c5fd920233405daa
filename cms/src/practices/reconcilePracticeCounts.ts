import type { Payload } from 'payload'

const PAGE = 100

/**
 * Recounts every practice's likeCount (its likes) and commentCount (its visible comments) from
 * the rows, and writes the numbers that differ: the repair for a counter move lost between a
 * commit and its move (a process killed there). Idempotent; no transaction, filtered counts only.
 * Not atomic per practice: a move landing between a recount and its write is lost until the next run.
 * Written straight to the database like the moves: a counter is not an edit (no version).
 * Returns how many practices it corrected.
 */
export const reconcilePracticeCounts = async ({ payload }: { payload: Payload }): Promise<number> => {
  let corrected = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'practices',
      depth: 0,
      limit: PAGE,
      page,
      select: { likeCount: true, commentCount: true },
      sort: 'id',
    })
    for (const practice of docs) {
      const [likes, comments] = [
        await payload.count({ collection: 'likes', where: { practice: { equals: practice.id } } }),
        await payload.count({
          collection: 'comments',
          where: { and: [{ practice: { equals: practice.id } }, { state: { equals: 'visible' } }] },
        }),
      ]
      const data = { likeCount: likes.totalDocs, commentCount: comments.totalDocs }
      if (practice.likeCount === data.likeCount && practice.commentCount === data.commentCount) continue
      await payload.db.updateOne({ collection: 'practices', id: practice.id, data, returning: false })
      corrected++
    }
    if (!hasNextPage) return corrected
  }
}
