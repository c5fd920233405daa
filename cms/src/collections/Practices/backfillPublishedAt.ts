import type { Payload, PayloadRequest, Where } from 'payload'

type Stored = {
  id: number | string
  publishedAt?: null | string
  updatedAt?: string
  workflow?: { stageEnteredAt?: null | string } | null
}

/**
 * Published practices stored before `publishedAt` existed get the date they were first
 * published: their first workflow event that published them, else when they entered their
 * current stage, else their last update. Only Payload's database API (no SQL, no model), so the
 * SQLite migration and a MongoDB one run the same code; reads only the columns it needs, so it
 * keeps working after later migrations add others, and writes `publishedAt` alone (`updatedAt`
 * stays). Answers how many practices it dated; run twice, the second run dates none.
 */
export const backfillPublishedAt = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<number> => {
  const undated: Where = { and: [{ _status: { equals: 'published' } }, { publishedAt: { exists: false } }] }
  if ((await payload.db.count({ collection: 'practices', where: undated, req })).totalDocs === 0) return 0
  const { docs } = (await payload.db.find({
    collection: 'practices',
    where: undated,
    select: { publishedAt: true, updatedAt: true, workflow: { stageEnteredAt: true } },
    limit: 0,
    pagination: false,
    req,
  })) as unknown as { docs: Stored[] }

  const firstPublished = new Map<string, string>()
  if (payload.collections['workflow-events']) {
    const { docs: events } = (await payload.db.find({
      collection: 'workflow-events',
      where: { and: [{ itemCollection: { equals: 'practices' } }, { to: { equals: 'published' } }] },
      select: { document: true, createdAt: true },
      sort: 'createdAt',
      limit: 0,
      pagination: false,
      req,
    })) as unknown as { docs: { document: string; createdAt: string }[] }
    for (const event of events)
      if (!firstPublished.has(event.document)) firstPublished.set(event.document, event.createdAt)
  }

  let dated = 0
  for (const doc of docs) {
    if (doc.publishedAt) continue
    const publishedAt = firstPublished.get(String(doc.id)) ?? doc.workflow?.stageEnteredAt ?? doc.updatedAt
    if (!publishedAt) continue
    await payload.db.updateOne({
      collection: 'practices',
      id: doc.id,
      // null: leave updatedAt as it was (both adapters otherwise stamp it)
      data: { publishedAt, updatedAt: null },
      req,
      returning: false,
    })
    dated++
  }
  return dated
}
