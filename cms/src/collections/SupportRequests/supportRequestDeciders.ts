import type { PayloadRequest, TypedUser } from 'payload'

import { sameId } from '../../utilities/sameId'
import { endorsingUnit } from './endorsingUnit'

/**
 * Who a support request waits for, for the plugin's e-mails: at endorsement the active
 * validators of the endorsing committee (never the author), at acceptance every active desk officer.
 */
export const supportRequestDeciders = async ({
  doc,
  level,
  req,
}: {
  doc: Record<string, unknown>
  level: 'acceptance' | 'endorsement'
  req: PayloadRequest
}): Promise<TypedUser[]> => {
  const unit = level === 'endorsement' ? await endorsingUnit({ req, unit: doc.unit }) : null
  if (level === 'endorsement' && unit === null) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { roles: { in: [level === 'endorsement' ? 'validator' : 'deskOfficer'] } },
        { accountStatus: { equals: 'active' } },
        ...(unit === null ? [] : [{ unit: { equals: unit } }]),
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs
    .filter((user) => !sameId(user.id, doc.author))
    .map((user) => ({ ...user, collection: 'users' }) as TypedUser)
}
