import type { Payload } from 'payload'

import { countReplicatingUnits } from './countReplicatingUnits'
import { movePracticeCounter } from './movePracticeCounter'

type Id = number | string

/**
 * Sets a practice's replicationCount to the number of units replicating it
 * (countReplicatingUnits), exact under concurrency without a lock: it counts, compares with the
 * stored number, writes when they differ, and starts again until a count after its own write
 * agrees. Every change that moves the number (a replication confirmed or withdrawn, an adaptation
 * published or unpublished) commits before it runs this, so the last write is always followed
 * by a count that sees every commit; a stale write from a slower recount is corrected by that
 * recount's own next turn. A distinct count cannot be kept by +1/-1 moves: a unit that both
 * declared and adapted counts once, whichever came first.
 */
export const recountReplications = async ({
  payload,
  practice,
  maxTurns = 20,
}: {
  payload: Payload
  practice: Id
  maxTurns?: number
}): Promise<number> => {
  for (let turn = 0; turn < maxTurns; turn++) {
    const counted = await countReplicatingUnits({ payload, practice })
    const stored = await payload.db.findOne<{ id: Id; replicationCount?: null | number }>({
      collection: 'practices',
      select: { replicationCount: true },
      where: { id: { equals: practice } },
    })
    if (!stored || (stored.replicationCount ?? 0) === counted) return counted
    await movePracticeCounter({ by: 0, to: counted, counter: 'replicationCount', payload, practice })
  }
  throw new Error(`replicationCount of practice ${String(practice)} did not settle`)
}
