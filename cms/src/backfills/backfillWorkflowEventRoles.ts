import { idOf } from '../contract/idOf'
import { sameId } from '../utilities/sameId'
import { workflowOptions } from '../workflow'
import { workflowActorRole } from '../workflowActorRole'
import type { BackfillArgs } from './BackfillArgs'

type Event = {
  id: number | string
  action: string
  itemCollection?: null | string
  document: string
  user?: unknown
  userLevel?: null | string
}

/**
 * Workflow events recorded before the role existed get the one RedCloud's workflowActorRole
 * gives, from what the event itself says: the author's own moves (no user, or the item's
 * author), a validator's decisions, an archive by someone who is not a national validator, an
 * administrator's override. Through the adapter, so MongoDB and SQLite share it; `updatedAt`
 * is left as it was. Returns how many events it changed.
 */
export const backfillWorkflowEventRoles = async ({ payload, req }: BackfillArgs): Promise<number> => {
  const levels = workflowOptions.levels ?? ['local', 'regional', 'national']
  const { docs } = await payload.db.find<Event>({
    collection: 'workflow-events',
    where: { userRole: { exists: false } },
    limit: 0,
    pagination: false,
    req,
  })
  const authors = new Map<string, unknown>()
  for (const event of docs) {
    const user = idOf(event.user)
    let isAuthor = user === null
    if (!isAuthor) {
      // Every item under review (practices, measurements) names its author in `author`.
      const collection = (event.itemCollection ?? 'practices') as 'practices'
      const item = `${collection}:${event.document}`
      if (!authors.has(item)) {
        const found = await payload.db.findOne<{ id: number | string; author?: unknown }>({
          collection,
          where: { id: { equals: event.document } },
          req,
        })
        authors.set(item, found?.author ?? null)
      }
      isAuthor = sameId(authors.get(item), user)
    }
    const role = workflowActorRole({
      action: event.action as Parameters<typeof workflowActorRole>[0]['action'],
      levels,
      caller: {
        isAuthor,
        validatorLevel: event.userLevel ?? null,
        isInScope: true,
        canSubmit: false,
        canOverride: false,
        submittedRevision: false,
        decidedRevision: false,
      },
    })
    await payload.db.updateOne({
      collection: 'workflow-events',
      id: event.id,
      data: { userRole: role, updatedAt: null },
      req,
      returning: false,
    })
  }
  return docs.length
}
