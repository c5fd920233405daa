import type { Locale } from '../lib/locales'

import { fetchAllPages } from '../lib/fetchAllPages'
import { LOCALES } from '../lib/locales'

/** Reads a collection once per language, with no fallback: an empty field means "not translated". */
export const readPerLocale = async <T extends { id: number | string }>(args: {
  baseUrl: string
  collection: string
  query: Record<string, string>
}): Promise<Map<string, Partial<Record<Locale, T>>>> => {
  const byId = new Map<string, Partial<Record<Locale, T>>>()
  const results = await Promise.all(
    LOCALES.map((locale) =>
      fetchAllPages<T>({ ...args, query: { ...args.query, locale, 'fallback-locale': 'none' } }),
    ),
  )
  results.forEach((docs, i) => {
    const locale = LOCALES[i] as Locale
    for (const doc of docs) {
      const entry = byId.get(String(doc.id)) ?? {}
      entry[locale] = doc
      byId.set(String(doc.id), entry)
    }
  })
  return byId
}
