import { LOCALES, type Locale } from '../contract/locales'

/** A practice's title read with `locale: 'all'`, in `locale`, else its own language, else any. */
export const practiceTitleIn = (practice: Record<string, unknown>, locale: Locale): string => {
  const title = practice.title
  if (!title || typeof title !== 'object') return typeof title === 'string' ? title : ''
  const all = title as Record<string, unknown>
  const text =
    all[locale] || all[String(practice.originalLanguage)] || LOCALES.map((l) => all[l]).find(Boolean)
  return typeof text === 'string' ? text : ''
}
