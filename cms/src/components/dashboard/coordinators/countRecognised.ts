import type { PayloadRequest, TypedUser, Where } from 'payload'

/**
 * How many practices within `scope` are recognised, or null while practices carry no
 * `recognised` flag (the recognition feature adds it): the dashboard then says so instead of a
 * number. One database-side count, the same on SQLite and MongoDB.
 */
export const countRecognised = async ({
  req,
  user,
  scope,
}: {
  req: PayloadRequest
  user: TypedUser
  scope: Where
}): Promise<null | number> => {
  const fields = req.payload.collections.practices.config.flattenedFields
  if (!fields.some((field) => field.name === 'recognised')) return null
  const { totalDocs } = await req.payload.count({
    collection: 'practices',
    where: { and: [scope, { recognised: { equals: true } }] },
    overrideAccess: false,
    user,
    req,
  })
  return totalDocs
}
