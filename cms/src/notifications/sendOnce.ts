import type { CollectionSlug, Payload } from 'payload'

/**
 * Sends one message at most once per `key`: claims the key in a `sentOnceRecords` collection
 * first (a second run or instance finds it taken, or loses the race on its unique index, and sends
 * nothing), then sends; a failed send gives the claim back for the next run. True when sent.
 */
export const sendOnce = async ({
  payload,
  collection,
  key,
  data,
  send,
}: {
  payload: Payload
  collection: CollectionSlug
  key: string
  /** The record's other fields (`user` and what it is about). */
  data: Record<string, unknown>
  send: () => Promise<void>
}): Promise<boolean> => {
  const taken = await payload.count({ collection, where: { key: { equals: key } } })
  if (taken.totalDocs > 0) return false
  let claim: { id: number | string }
  try {
    claim = await payload.create({ collection, data: { ...data, key } as never, depth: 0 })
  } catch {
    return false // taken meanwhile by another run: the unique key decides
  }
  try {
    await send()
    return true
  } catch (error) {
    await payload.delete({ collection, id: claim.id })
    payload.logger.error({ err: error, key, collection }, 'Not sent; retried on the next run')
    return false
  }
}
