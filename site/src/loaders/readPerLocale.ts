import { documentInLocale } from '@redcloud/cms/contract'

import type { Locale } from '../lib/locales'

import { fetchAllPages } from '../lib/fetchAllPages'
import { LOCALES } from '../lib/locales'

/**
 * Reads a collection once per language, with no fallback: an empty field means "not translated".
 * With `localizedFields` (the collection's fields that hold a value per language), one read in
 * every language instead (`locale=all`), each language's document taken out of it: the CMS
 * answers it for about the cost of one language's read.
 */
export const readPerLocale = async <T extends { id: number | string }>(args: {
  baseUrl: string
  collection: string
  query: Record<string, string>
  localizedFields?: readonly string[]
}): Promise<Map<string, Partial<Record<Locale, T>>>> => {
  const { localizedFields, ...read } = args
  const byId = new Map<string, Partial<Record<Locale, T>>>()
  const add = (locale: Locale, doc: T) => {
    const entry = byId.get(String(doc.id)) ?? {}
    entry[locale] = doc
    byId.set(String(doc.id), entry)
  }
  if (localizedFields) {
    const docs = await fetchAllPages<T>({ ...read, query: { ...read.query, locale: 'all' } })
    for (const doc of docs)
      for (const locale of LOCALES) add(locale, documentInLocale(doc, localizedFields, locale))
    return byId
  }
  const results = await Promise.all(
    LOCALES.map((locale) =>
      fetchAllPages<T>({ ...read, query: { ...read.query, locale, 'fallback-locale': 'none' } }),
    ),
  )
  results.forEach((docs, i) => {
    for (const doc of docs) add(LOCALES[i] as Locale, doc)
  })
  return byId
}
