import type { Locale } from './locales'

/** Each language's name in itself (the admin's locale picker, the site's language switcher). */
export const LOCALE_NAMES: Record<Locale, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  es: 'Español',
}
