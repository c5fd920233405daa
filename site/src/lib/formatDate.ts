import type { Locale } from './locales'

/** A date as people of that language write it, e.g. "22 novembre 2026"; '' for no or bad dates. */
export const formatDate = (value: string, locale: Locale): string => {
  const date = new Date(value)
  if (!value || Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
