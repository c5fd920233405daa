/** DESIGN.md's criteria of a good practice, used for the self-assessment and the scoring. */
export const CRITERIA = [
  'meaningfulObjectives',
  'measurable',
  'innovativeSolution',
  'preciseTargetGroup',
  'newTechnologies',
  'socialNeed',
  'valueProposition',
  'socialImpact',
  'strategicInterest',
] as const

export type Criterion = (typeof CRITERIA)[number]
