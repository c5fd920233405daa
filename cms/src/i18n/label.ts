import type { Translated } from '../contract/locales'

// The languages are part of the contract with the site; re-exported for the CMS's labels.
export { LOCALES, type Locale, type Translated } from '../contract/locales'

/** A text in Italian, English, French and Spanish (admin labels and descriptions). */
export const label = (it: string, en: string, fr: string, es: string): Translated => ({
  it,
  en,
  fr,
  es,
})
