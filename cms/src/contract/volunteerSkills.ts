/** Skills a volunteer shift may want and a person may list on their profile (matched for suggestions). */
export const VOLUNTEER_SKILLS = [
  'firstAid',
  'driving',
  'logistics',
  'cooking',
  'languages',
  'childcare',
  'psychosocial',
  'digital',
  'communication',
  'manualWork',
] as const

export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number]
