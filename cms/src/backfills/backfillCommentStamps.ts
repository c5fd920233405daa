import { idOf } from '../contract/idOf'
import type { BackfillArgs } from './BackfillArgs'

type Comment = {
  id: number | string
  author?: unknown
  authorUnitName?: null | string
  reportCount?: null | number
  reports?: unknown[] | null
}

const missing = (value: unknown) => value === null || value === undefined || value === ''

/**
 * Comments written before their author's unit name and report count were stored get them as new
 * comments do (stampComment): the unit name from the author's account, the count from the
 * reports. Through the adapter, so MongoDB and SQLite share it; `updatedAt` is left as it was.
 * Returns how many comments it changed.
 */
export const backfillCommentStamps = async ({ payload, req }: BackfillArgs): Promise<number> => {
  const { docs } = await payload.db.find<Comment>({
    collection: 'comments',
    where: { or: [{ authorUnitName: { exists: false } }, { reportCount: { exists: false } }] },
    limit: 0,
    pagination: false,
    req,
  })
  const unitNames = new Map<string, null | string>()
  const unitNameOf = async (authorRef: unknown): Promise<null | string> => {
    const author = idOf(authorRef)
    const key = String(author)
    if (!unitNames.has(key)) {
      const user =
        author === null
          ? null
          : await payload.db.findOne<{ id: number | string; unit?: unknown }>({
              collection: 'users',
              where: { id: { equals: author } },
              req,
            })
      const unitId = idOf(user?.unit)
      const unit =
        unitId === null
          ? null
          : await payload.db.findOne<{ id: number | string; name?: string }>({
              collection: 'units',
              where: { id: { equals: unitId } },
              req,
            })
      unitNames.set(key, unit?.name ?? null)
    }
    return unitNames.get(key) ?? null
  }
  for (const comment of docs) {
    const data: Record<string, unknown> = { updatedAt: null }
    if (missing(comment.reportCount))
      data.reportCount = Array.isArray(comment.reports) ? comment.reports.length : 0
    if (missing(comment.authorUnitName)) data.authorUnitName = await unitNameOf(comment.author)
    await payload.db.updateOne({ collection: 'comments', id: comment.id, data, req, returning: false })
  }
  return docs.length
}
