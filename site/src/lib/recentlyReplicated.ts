import type { PracticeEntry, ReplicationEntry } from './types'

/**
 * The practices most recently replicated (by the latest confirmation of a replication), each
 * with that latest replication, newest first.
 */
export const recentlyReplicated = (
  practices: PracticeEntry[],
  limit = 6,
): { practice: PracticeEntry; latest: ReplicationEntry }[] =>
  practices
    .flatMap((practice) => {
      const latest = [...practice.replications].sort((a, b) => b.confirmedAt.localeCompare(a.confirmedAt))[0]
      return latest ? [{ practice, latest }] : []
    })
    .sort(
      (a, b) =>
        b.latest.confirmedAt.localeCompare(a.latest.confirmedAt) ||
        a.practice.slug.localeCompare(b.practice.slug),
    )
    .slice(0, limit)
