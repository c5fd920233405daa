import type { PayloadRequest, TypedUser, Where } from 'payload'

/**
 * How many published practices within `scope` are recognised (an archived practice keeps its
 * flag but no longer counts). One database-side count, the same on SQLite and MongoDB.
 */
export const countRecognised = async ({
  req,
  user,
  scope,
}: {
  req: PayloadRequest
  user: TypedUser
  scope: Where
}): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: 'practices',
    where: { and: [scope, { recognised: { equals: true } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    user,
    req,
  })
  return totalDocs
}
