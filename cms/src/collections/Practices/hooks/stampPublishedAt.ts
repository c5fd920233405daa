import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

type Stamped = { id?: number | string; publishedAt?: null | string } | undefined

/**
 * The first publication date of the practice being written. The document Payload hands the hook
 * is its latest version, which can predate the first publication (a version restored as a draft,
 * a revision started before the date was recorded), so the live document has the last word.
 */
const firstPublication = async (originalDoc: Stamped, req: PayloadRequest): Promise<null | string> => {
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  if (originalDoc?.id === undefined) return null
  const live = (await req.payload.db.findOne({
    collection: 'practices',
    where: { id: { equals: originalDoc.id } },
    select: { publishedAt: true },
    req,
  })) as Stamped | null
  return live?.publishedAt ?? null
}

/**
 * `publishedAt` is set once, by the write that first publishes the practice (the workflow's final
 * approval: a person cannot publish any other way), and kept by every later write — revisions,
 * archiving, a republication. Requests cannot set it (field access); server code that publishes
 * directly, such as the demo data, may give the date itself.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const earlier = operation === 'update' ? await firstPublication(originalDoc as Stamped, req) : null
  if (earlier) return { ...data, publishedAt: earlier }
  if (data._status !== 'published') return { ...data, publishedAt: null }
  return { ...data, publishedAt: data.publishedAt ?? new Date().toISOString() }
}
