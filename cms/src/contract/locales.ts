/** The four languages of RedCloud, for content, the admin panel and the site, in the site's order. */
export const LOCALES = ['it', 'en', 'fr', 'es'] as const

export type Locale = (typeof LOCALES)[number]

/** A text in each of the four languages. */
export type Translated = Record<Locale, string>
