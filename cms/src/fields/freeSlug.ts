import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const MAX_LENGTH = 96
const BATCH = 20

/**
 * `base`, or the first of `base-2`, `base-3`, … that no other document of the collection uses.
 * It looks at every stored document, drafts of other units included, with access control off,
 * and never tells the caller which slugs were taken: a taken slug is not an error that would
 * reveal someone else's draft. Plain `in` and `not_equals` queries, alike on every adapter.
 */
export const freeSlug = async ({
  base,
  collection,
  id,
  req,
}: {
  base: string
  collection: CollectionSlug
  id?: number | string
  req: PayloadRequest
}): Promise<string> => {
  const withSuffix = (n: number) => {
    if (n === 1) return base
    const suffix = `-${n}`
    return `${base.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
  }
  for (let first = 1; ; first += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, i) => withSuffix(first + i))
    const where: Where = { slug: { in: candidates } }
    const { docs } = await req.payload.find({
      collection,
      where: id === undefined ? where : { and: [where, { id: { not_equals: id } }] },
      select: { slug: true } as never,
      limit: BATCH,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const taken = new Set(docs.map((doc) => (doc as { slug?: unknown }).slug))
    const free = candidates.find((candidate) => !taken.has(candidate))
    if (free) return free
  }
}
