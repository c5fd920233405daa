import type { Payload, PayloadRequest } from 'payload'

/**
 * What a data backfill gets: the Payload instance and the migration's request, whose transaction
 * every read and write joins (one at a time: MongoDB refuses parallel operations on one session).
 */
export type BackfillArgs = { payload: Payload; req: PayloadRequest }
