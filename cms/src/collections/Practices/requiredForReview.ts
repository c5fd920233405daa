/**
 * What a practice must have before it leaves draft (field name → what to tell the author). Both
 * the fields' own validation and the workflow's submission check (cms/src/workflow.ts) read it.
 */
export const requiredForReview = {
  title: 'Give the practice a title.',
  summary: 'Write a short summary.',
  description: 'Describe the practice.',
  themes: 'Choose at least one theme.',
  targetGroups: 'Choose at least one target group.',
  unit: 'A practice belongs to a unit.',
} as const
