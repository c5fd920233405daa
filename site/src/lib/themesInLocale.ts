import type { Locale } from './locales'
import type { ThemeEntry } from './types'

/** The themes of one language, by name: every page lists them in this order. */
export const themesInLocale = (themes: ThemeEntry[], locale: Locale): ThemeEntry[] =>
  themes.filter((theme) => theme.locale === locale).sort((a, b) => a.name.localeCompare(b.name, locale))
