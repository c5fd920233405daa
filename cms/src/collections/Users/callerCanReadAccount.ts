import type { PayloadRequest } from 'payload'

/**
 * Whether the caller may read account `id` under the users' own read access: endpoints that act
 * on an account answer 404 when not, so its existence is not revealed.
 */
export const callerCanReadAccount = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: number | string
}): Promise<boolean> => {
  const visible = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    select: {},
    user: req.user,
    where: { id: { equals: id } },
  })
  return Boolean(visible.docs[0])
}
