import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

export type PracticeCounter = 'commentCount' | 'likeCount' | 'replicationCount'

type MongoLike = {
  name: 'mongoose'
  collections: Record<string, { updateOne: (filter: object, update: object) => PromiseLike<unknown> }>
}

type SqliteLike = {
  name: string
  beginTransaction: () => Promise<null | number | string>
  commitTransaction: (id: number | string) => Promise<void>
  rollbackTransaction: (id: number | string) => Promise<void>
  drizzle: DrizzleLike
  sessions: Record<number | string, { db: DrizzleLike } | undefined>
  tables: Record<string, Record<string, unknown>>
}

type DrizzleLike = {
  update: (table: unknown) => {
    set: (values: object) => { where: (condition: unknown) => PromiseLike<unknown> }
  }
}

/**
 * Adds `by` (1 or -1) to a practice's counter (or, with `to`, sets it to that number) in one atomic write of its own, outside any
 * request transaction: a like or a comment then never writes the practice inside its
 * transaction, so two of them on one practice do not conflict (MongoDB) and an exact count needs
 * no recount. MongoDB: `$inc` on the mongoose model, without a session. SQLite: `x = x + by`
 * in a short transaction of its own, so it waits its turn in serializeTransactions' queue.
 * Not a Payload update on purpose: a counter is not an edit and makes no practice version.
 * `npm run counts:reconcile` recounts everything should a process die between commit and move.
 */
export const movePracticeCounter = async ({
  by,
  counter,
  payload,
  practice,
  to,
}: {
  by: number
  to?: number
  counter: PracticeCounter
  payload: Pick<Payload, 'db'>
  practice: number | string
}): Promise<void> => {
  if (payload.db.name === 'mongoose') {
    const db = payload.db as unknown as MongoLike
    await db.collections.practices!.updateOne(
      { _id: practice },
      to === undefined ? { $inc: { [counter]: by } } : { $set: { [counter]: to } },
    )
    return
  }
  const db = payload.db as unknown as SqliteLike
  const table = db.tables.practices!
  const id = await db.beginTransaction()
  try {
    const tx = (id !== null && db.sessions[id]?.db) || db.drizzle
    await tx
      .update(table)
      .set({ [counter]: to === undefined ? sql`coalesce(${table[counter]}, 0) + ${by}` : to })
      .where(sql`${table.id} = ${practice}`)
    if (id !== null) await db.commitTransaction(id)
  } catch (error) {
    if (id !== null) await db.rollbackTransaction(id)
    throw error
  }
}
