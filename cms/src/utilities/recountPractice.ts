import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../contract/idOf'

/**
 * Recounts a practice's likes or visible comments from the source rows, so the number stays
 * exact whatever order concurrent writes land in. Written straight to the database: a counter
 * is not an edit and must not create a practice version.
 */
export const recountPractice = async ({
  counter,
  practice,
  req,
}: {
  counter: 'commentCount' | 'likeCount'
  practice: unknown
  req: PayloadRequest
}): Promise<void> => {
  const id = idOf(practice)
  if (id === null) return
  const where: Where =
    counter === 'likeCount'
      ? { practice: { equals: id } }
      : { and: [{ practice: { equals: id } }, { state: { equals: 'visible' } }] }
  const { totalDocs } = await req.payload.count({
    collection: counter === 'likeCount' ? 'likes' : 'comments',
    req,
    where,
  })
  await req.payload.db.updateOne({
    collection: 'practices',
    id,
    data: { [counter]: totalDocs },
    req,
    returning: false,
  })
}
