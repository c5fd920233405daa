/** Icon names a theme can use; the public site ships one SVG per name. */
export const THEME_ICONS = [
  'elderly',
  'youth',
  'migrants',
  'health',
  'first-aid',
  'emergency',
  'food',
  'homeless',
  'inclusion',
  'environment',
  'education',
  'digital',
  'volunteering',
  'disability',
  'water',
  'shelter',
  'mental-health',
  'gender',
] as const

export type ThemeIcon = (typeof THEME_ICONS)[number]
