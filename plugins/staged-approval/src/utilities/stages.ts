/** Stage names: the review stages are `<level>_review`, in the order of the levels. */
export const reviewStage = (level: string): string => `${level}_review`

export const FIXED_STAGES = [
  'draft',
  'published',
  'changes_requested',
  'rejected',
  'withdrawn',
  'archived',
] as const

export const allStages = (levels: string[]): string[] => [
  'draft',
  ...levels.map(reviewStage),
  'published',
  'changes_requested',
  'rejected',
  'withdrawn',
  'archived',
]

/** The level of a review stage, or null for any other stage. */
export const levelOfStage = (stage: string, levels: string[]): null | string =>
  levels.find((level) => reviewStage(level) === stage) ?? null

/** Where approval at `level` leads: the next level's review, or publication after the last. */
export const afterApproval = (level: string, levels: string[]): string => {
  const next = levels[levels.indexOf(level) + 1]
  return next ? reviewStage(next) : 'published'
}
