import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'
import { sameId } from '../../../utilities/sameId'

type LivePractice = {
  _status?: null | string
  author?: unknown
  qualityIndicators?: null | { key?: null | string }[]
  unit?: unknown
}

/**
 * A measurement belongs to one indicator row of a published practice, and is added by the
 * practice's author or a member of its unit. Its unit is the practice's and its author whoever
 * adds it: never taken from the request body (server code without a user, such as the demo
 * data or a migration, may name the author).
 */
export const stampMeasurement: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { user } = req
  const fail = (path: string, message: string) =>
    new ValidationError({ collection: 'measurements', errors: [{ path, message }], req })
  const practiceId = idOf(operation === 'create' ? data.practice : (originalDoc?.practice ?? data.practice))
  const practice =
    practiceId === null
      ? null
      : ((await req.payload.findByID({
          collection: 'practices',
          id: practiceId,
          draft: false,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { _status: true, author: true, unit: true, qualityIndicators: { key: true } },
        })) as LivePractice | null)
  if (!practice || practice._status !== 'published') {
    throw fail('practice', 'Measurements are added to a published practice: choose one.')
  }
  const keys = (practice.qualityIndicators ?? []).map((row) => row.key).filter(Boolean)
  const indicatorKey = data.indicatorKey ?? originalDoc?.indicatorKey
  if (typeof indicatorKey !== 'string' || !keys.includes(indicatorKey)) {
    throw fail('indicatorKey', "Choose one of the practice's indicators (indicatorKey).")
  }
  if (operation !== 'create') return data
  if (user && !hasRole(user, 'admin')) {
    if (!sameId(practice.author, user.id) && !sameId(practice.unit, user.unit)) {
      throw new APIError(
        "Only the practice's author or a member of its unit adds measurements to it (practice).",
        403,
        undefined,
        true,
      )
    }
    return { ...data, unit: idOf(practice.unit), author: user.id }
  }
  return { ...data, unit: idOf(practice.unit), author: data.author ?? user?.id ?? idOf(practice.author) }
}
