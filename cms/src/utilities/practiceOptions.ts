/** Who a practice is for: drives the site's target-group filter. */
export const TARGET_GROUPS = [
  'elderly',
  'children',
  'youth',
  'families',
  'migrants',
  'peopleWithDisabilities',
  'homeless',
  'peopleInPoverty',
  'women',
  'sickPeople',
  'volunteers',
  'generalPublic',
] as const

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

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'paused'] as const
