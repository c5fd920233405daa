import type { Where } from 'payload'

type Batch = { docs: Record<string, unknown>[] }

/**
 * Reads a whole collection (or its versions) in batches ordered by id, each after the last id
 * seen: a document written or deleted meanwhile does not shift the others between pages, as an
 * offset would. The same read on both adapters (`sort=id` is `_id` on MongoDB).
 */
export async function* readInBatches({
  read,
  batchSize = 500,
}: {
  read: (args: { where: Where | undefined; limit: number }) => Promise<Batch>
  batchSize?: number
}): AsyncGenerator<Record<string, unknown>> {
  let after: unknown = undefined
  for (;;) {
    const where: Where | undefined = after === undefined ? undefined : { id: { greater_than: after } }
    const { docs } = await read({ where, limit: batchSize })
    for (const doc of docs) yield doc
    if (docs.length < batchSize) return
    after = docs[docs.length - 1]?.id
  }
}
