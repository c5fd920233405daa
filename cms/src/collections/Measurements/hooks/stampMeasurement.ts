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
 * data or a migration, may name the author). A replication's measurement (`replication`) is of
 * the origin practice's indicators, added by a member or validator of the replicating unit, and
 * its unit is that unit: the validators above it confirm it.
 */
export const stampMeasurement: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { user } = req
  const fail = (path: string, message: string) =>
    new ValidationError({ collection: 'measurements', errors: [{ path, message }], req })
  const replicationId = idOf(operation === 'create' ? data.replication : originalDoc?.replication)
  const replication =
    replicationId === null
      ? null
      : await req.payload.findByID({
          collection: 'replications',
          id: replicationId,
          draft: true,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { practice: true, unit: true },
        })
  if (replicationId !== null && !replication) throw fail('replication', 'Choose an existing replication.')
  if (operation === 'create' && replication && data.practice && !sameId(data.practice, replication.practice))
    throw fail(
      'replication',
      'This replication is of another practice: leave the practice empty or choose its own.',
    )
  const practiceId = idOf(
    replication
      ? replication.practice
      : operation === 'create'
        ? data.practice
        : (originalDoc?.practice ?? data.practice),
  )
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
  const unit = idOf(replication ? replication.unit : practice.unit)
  if (user && !hasRole(user, 'admin')) {
    const allowed = replication
      ? sameId(replication.unit, user.unit)
      : sameId(practice.author, user.id) || sameId(practice.unit, user.unit)
    if (!allowed) {
      throw new APIError(
        replication
          ? 'Only members and validators of the replicating unit add measurements to its replication (replication).'
          : "Only the practice's author or a member of its unit adds measurements to it (practice).",
        403,
        undefined,
        true,
      )
    }
    return { ...data, practice: practiceId, unit, author: user.id }
  }
  return {
    ...data,
    practice: practiceId,
    unit,
    author: data.author ?? user?.id ?? idOf(replication ? null : practice.author),
  }
}
