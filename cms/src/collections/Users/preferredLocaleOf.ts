import { LOCALES, type Locale } from '../../contract/locales'
import { settings } from '../../settings'

/** The language an account's e-mails are written in: its preferred one, else the default. */
export const preferredLocaleOf = (user: null | undefined | { preferredLanguage?: unknown }): Locale =>
  LOCALES.find((locale) => locale === user?.preferredLanguage) ?? settings.defaultLocale
