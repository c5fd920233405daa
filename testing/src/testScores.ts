import { CRITERIA } from '@redcloud/cms/contract'

/**
 * A score for every criterion (each 2 of 3): what a validator must give to approve a practice at
 * regional and national level, and may give at local.
 */
export const TEST_SCORES: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, 2])),
)
