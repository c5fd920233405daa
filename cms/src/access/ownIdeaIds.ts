import type { PayloadRequest, Where } from 'payload'

/**
 * The ids of the ideas the signed-in person wrote, is in the team of or (with `mentors`)
 * mentors, read once per request: who reads and keeps an idea's notes and funding.
 */
export const ownIdeaIds = async ({
  req,
  mentors,
}: {
  req: PayloadRequest
  mentors: boolean
}): Promise<(number | string)[]> => {
  const { user } = req
  if (!user) return []
  const key = `ownIdeaIds:${mentors ? 'mentors' : 'team'}`
  if (Array.isArray(req.context[key])) return req.context[key] as (number | string)[]
  const mine: Where[] = [{ author: { equals: user.id } }, { team: { in: [user.id] } }]
  const { docs } = await req.payload.find({
    collection: 'ideas',
    where: { or: mentors ? [...mine, { mentors: { in: [user.id] } }] : mine },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  req.context[key] = ids
  return ids
}
