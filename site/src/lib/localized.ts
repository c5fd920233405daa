import type { Locale } from './locales'

import { LOCALES } from './locales'

/**
 * A document in `locale` when it has the text `has` looks for; otherwise in the first language
 * that has it (the default language first), marked as a fallback; null when none has it.
 */
export const localized = <T>(
  byLocale: Partial<Record<Locale, T>>,
  locale: Locale,
  has: (doc: T) => boolean,
  defaultLocale: Locale,
): null | { doc: T; isFallback: boolean; contentLocale: Locale } => {
  const doc = byLocale[locale]
  if (doc && has(doc)) return { doc, isFallback: false, contentLocale: locale }
  const other = [defaultLocale, ...LOCALES].find((l) => byLocale[l] && has(byLocale[l] as T))
  return other ? { doc: byLocale[other] as T, isFallback: true, contentLocale: other } : null
}
