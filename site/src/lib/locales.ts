/** The site's languages, in the order the language switcher shows them. */
export const LOCALES = ['it', 'en', 'fr', 'es'] as const

export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
