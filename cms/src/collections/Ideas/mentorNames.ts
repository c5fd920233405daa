import type { PayloadRequest } from 'payload'

/** `{ id, name }` of an idea's mentors, for the Hub's reviewers who assign them (the admin panel). */
export const mentorNames = async ({
  req,
  ids,
}: {
  req: PayloadRequest
  ids: (number | string)[]
}): Promise<{ id: number | string; name: string }[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { displayName: true },
  })
  return ids.map((id) => ({
    id,
    name: docs.find((doc) => String(doc.id) === String(id))?.displayName ?? String(id),
  }))
}
