/** Where a unit's replication of a practice stands. */
export const REPLICATION_STATUSES = ['planned', 'started', 'running', 'completed', 'stopped'] as const

export type ReplicationStatus = (typeof REPLICATION_STATUSES)[number]
