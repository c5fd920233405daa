import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** The content managers who can be written to: active accounts with an address. */
export const moderators = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<User[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['contentManager'] } }, { accountStatus: { equals: 'active' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  return docs.filter((user) => Boolean(user.email))
}
