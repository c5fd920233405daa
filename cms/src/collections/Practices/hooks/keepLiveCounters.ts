import type { CollectionBeforeChangeHook } from 'payload'

/**
 * likeCount, commentCount and replicationCount move on the practice's main document only (movePracticeCounter),
 * never on its versions. Payload builds every update from the latest version, though, so a
 * transition or an edit wrote that version's old counts back (archiving a practice with 7
 * likes left it with 0). Every update takes the counts from the main document as it is now,
 * read in the update's own transaction: on MongoDB a move landing after that read makes the
 * write conflict, and the request is run again (retryTransientRequest).
 */
export const keepLiveCounters: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  const current = await req.payload.db.findOne<{
    commentCount?: null | number
    id: number | string
    likeCount?: null | number
    replicationCount?: null | number
  }>({
    collection: 'practices',
    req,
    select: { commentCount: true, likeCount: true, replicationCount: true },
    where: { id: { equals: id } },
  })
  if (!current) return data
  return {
    ...data,
    likeCount: current.likeCount ?? 0,
    commentCount: current.commentCount ?? 0,
    replicationCount: current.replicationCount ?? 0,
  }
}
