import type { PracticeEntry } from './types'

/** Practices by how many units replicate them (confirmed), most first; then the newest first. */
export const byMostReplicated = (practices: PracticeEntry[]): PracticeEntry[] =>
  [...practices].sort(
    (a, b) =>
      b.replicationCount - a.replicationCount ||
      b.publishedAt.localeCompare(a.publishedAt) ||
      a.slug.localeCompare(b.slug),
  )
