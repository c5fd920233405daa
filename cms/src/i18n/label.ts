/** The four languages of RedCloud, for both content and the admin panel. */
export const LOCALES = ['it', 'en', 'fr', 'es'] as const

export type Locale = (typeof LOCALES)[number]

export type Translated = Record<Locale, string>

/** A text in Italian, English, French and Spanish (admin labels and descriptions). */
export const label = (it: string, en: string, fr: string, es: string): Translated => ({
  it,
  en,
  fr,
  es,
})
