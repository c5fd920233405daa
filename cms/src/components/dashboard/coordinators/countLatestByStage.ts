import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * How many items of `collection` are now in each of `stages` (their latest version, drafts
 * included, as the admin lists them), counted by the database: one count per stage, so the cost
 * does not grow with the number of items. `scope` is a `where` on the item's own fields.
 */
export const countLatestByStage = async ({
  req,
  collection,
  stages,
  scope,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  stages: readonly string[]
  scope: Where
}): Promise<{ stage: string; count: number }[]> => {
  // Version documents hold the item under `version`: prefix every field of the scope.
  const inVersion = (where: Where): Where =>
    Object.fromEntries(
      Object.entries(where).map(([key, value]) =>
        key === 'and' || key === 'or' ? [key, (value as Where[]).map(inVersion)] : [`version.${key}`, value],
      ),
    )
  const counts: { stage: string; count: number }[] = []
  // One at a time: MongoDB refuses parallel operations inside a transaction.
  for (const stage of stages) {
    const { totalDocs } = await req.payload.countVersions({
      collection,
      where: {
        and: [
          { latest: { equals: true } },
          // An item never saved through the workflow has no stage yet: a draft.
          stage === 'draft'
            ? {
                or: [
                  { 'version.workflow.stage': { equals: 'draft' } },
                  { 'version.workflow.stage': { exists: false } },
                ],
              }
            : { 'version.workflow.stage': { equals: stage } },
          inVersion(scope),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) counts.push({ stage, count: totalDocs })
  }
  return counts
}
