import { APIError } from 'payload'

/** The 409 of a second declaration by one unit for one practice, naming the existing one. */
export const duplicateReplicationError = (existing: number | string): APIError =>
  new APIError(
    `Your unit already declared replicating this practice (replication ${String(existing)}): update that one instead.`,
    409,
    { existing },
    true,
  )
