import type { Payload } from 'payload'

import { FUNDING_CALLS_NOW } from '../collections/FundingCalls/hooks/setFundingCallStatus'

/**
 * Closes every open call whose deadline has passed at `now`. Each goes through a normal update,
 * so its status hook runs and the site is told to rebuild (the closed call leaves the list).
 */
export const closeFundingCalls = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ closed: number }> => {
  const { docs } = await payload.find({
    collection: 'funding-calls',
    where: { and: [{ status: { equals: 'open' } }, { deadline: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { deadline: true },
  })
  for (const doc of docs) {
    await payload.update({
      collection: 'funding-calls',
      id: doc.id,
      data: { status: 'closed' },
      depth: 0,
      context: { [FUNDING_CALLS_NOW]: now.toISOString() },
    })
  }
  return { closed: docs.length }
}
