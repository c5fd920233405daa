import type { RelatedPractice } from './sharing/relatedPractices'
import type { PracticeEntry } from './types'

/**
 * The practices a practice's page shows something of: itself, its related practices, the
 * practice it was adapted from and its replications' adaptations. A change to any of them
 * rewrites the page in an incremental build.
 */
export const practicePageDeps = (practice: PracticeEntry, related: RelatedPractice[]): string[] => [
  ...new Set(
    [
      practice.cmsId,
      ...related.map((r) => r.id),
      practice.adaptedFrom,
      ...practice.replications.map((r) => r.adaptation?.id),
    ].filter((id): id is string => Boolean(id)),
  ),
]
