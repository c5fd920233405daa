import type { PayloadRequest, TypedUser } from 'payload'

/** Who the plugin e-mails when an idea reaches a step: the Innovation Hub's reviewers. */
export const hubReviewers = async (req: PayloadRequest): Promise<TypedUser[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['hubReviewer'] } }, { accountStatus: { equals: 'active' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  return docs.map((user) => ({ ...user, collection: 'users' }) as TypedUser)
}
