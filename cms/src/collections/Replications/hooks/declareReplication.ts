import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../contract/idOf'
import { assertPublishedPractice } from '../../../utilities/assertPublishedPractice'
import { sameId } from '../../../utilities/sameId'
import { duplicateReplicationError } from '../duplicateReplicationError'
import { replicationKey } from '../replicationKey'

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: 'replications', errors: [{ path, message }], req })

/**
 * A declaration: the replicating unit is always the declarer's own and the author the declarer
 * (never the body's; a Local API call without a user, e.g. the demo data, gives both). The
 * origin must be published and another unit's; one per unit and practice — the unique
 * `uniqueKey` is the guarantee under concurrency, this check the clear 409 of the usual case.
 */
export const declareReplication: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { user } = req
  const unit = user ? idOf(user.unit) : idOf(data.unit)
  if (unit === null)
    throw refuse(req, 'unit', 'Your account belongs to no unit: ask an administrator to add you to one.')
  await assertPublishedPractice({ collection: 'replications', practice: data.practice, req })
  const practice = idOf(data.practice) as number | string
  const origin = await req.payload.findByID({
    collection: 'practices',
    id: practice,
    depth: 0,
    req,
    overrideAccess: true,
    select: { unit: true, title: true },
  })
  if (sameId(origin.unit, unit))
    throw refuse(
      req,
      'practice',
      'This is your own unit’s practice: a unit cannot replicate its own practice.',
    )
  const { docs } = await req.payload.find({
    collection: 'replications',
    where: { and: [{ practice: { equals: practice } }, { unit: { equals: unit } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  if (docs[0]) throw duplicateReplicationError(docs[0].id)
  const replicating = await req.payload.findByID({
    collection: 'units',
    id: unit,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return {
    ...data,
    title: `${replicating.name} → ${String(origin.title ?? practice)}`.slice(0, 300),
    practice,
    unit,
    author: user ? user.id : (idOf(data.author) ?? null),
    uniqueKey: replicationKey({ practice, unit }),
  }
}
