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

export type TargetGroup = (typeof TARGET_GROUPS)[number]
