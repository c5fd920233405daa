import type { Locale } from './locales'

/** Each language's name in itself, for the language switcher and notices. */
export const LOCALE_NAMES: Record<Locale, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  es: 'Español',
}
