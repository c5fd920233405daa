import type { Field } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentInLocale, LOCALES, PRACTICE_LOCALIZED_FIELDS } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

/** The localized fields' paths through named groups, arrays and tabs (unnamed rows, collapsibles and tabs add nothing). */
const localizedPaths = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field): string[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        localizedPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    if (!('name' in field)) return 'fields' in field ? localizedPaths(field.fields, prefix) : []
    if ('localized' in field && field.localized) return [`${prefix}${field.name}`]
    return 'fields' in field ? localizedPaths(field.fields, `${prefix}${field.name}.`) : []
  })

/** null and a missing key alike (the site reads both as "no value"; the two reads differ there). */
const withoutNulls = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutNulls)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== null && v !== undefined)
            .map(([k, v]) => [k, withoutNulls(v)])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        )
      : value

const read = async (locale: string) => {
  const response = await api.get(
    `/practices?depth=0&limit=0&pagination=false&sort=id&where[_status][equals]=published&locale=${locale}${locale === 'all' ? '' : '&fallback-locale=none'}`,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.docs as { id: number | string }[]
}

describe('one read of the practices in every language (the site build)', () => {
  it("PRACTICE_LOCALIZED_FIELDS are exactly the collection's localized fields", () => {
    const practices = ctx.config.collections.find((collection) => collection.slug === 'practices')!
    expect([...PRACTICE_LOCALIZED_FIELDS].sort()).toEqual(localizedPaths(practices.fields).sort())
  })

  it('each language taken out of a locale=all read equals a read in that language without fallback', async () => {
    const all = await read('all')
    expect(all.length).toBeGreaterThan(10)
    let untranslated = 0
    for (const locale of LOCALES) {
      const expected = await read(locale)
      expect(expected.map((doc) => doc.id)).toEqual(all.map((doc) => doc.id))
      all.forEach((doc, i) => {
        const actual = documentInLocale(doc, PRACTICE_LOCALIZED_FIELDS, locale)
        expect(withoutNulls(actual), `${locale} ${doc.id}`).toEqual(withoutNulls(expected[i]))
        if (!(actual as { title?: string }).title) untranslated += 1
      })
    }
    // the demo has practices without some languages: the "no value" path is taken
    expect(untranslated).toBeGreaterThan(0)
  })

  it('shows an anonymous caller nothing more in every language than in one: no drafts, no private fields', async () => {
    const published = (await read('all')).map((doc) => doc.id)
    const asked = await api.get('/practices?depth=0&limit=0&pagination=false&sort=id&draft=true&locale=all')
    expect(asked.status).toBe(200)
    const docs = asked.body.docs as Record<string, unknown>[]
    expect(docs.map((doc) => doc.id)).toEqual(published)
    const oneLanguage = (await api.get('/practices?depth=0&limit=1&sort=id&locale=it')).body.docs[0] as object
    for (const doc of docs)
      for (const key of Object.keys(doc)) expect(Object.keys(oneLanguage), key).toContain(key)
  })

  it('leaves the all-language document as it was', () => {
    const doc = { id: 1, title: { it: 'a', en: 'b' }, qualityIndicators: [{ name: { it: 'n' }, key: 'k' }] }
    const copy = structuredClone(doc)
    expect(documentInLocale(doc, PRACTICE_LOCALIZED_FIELDS, 'en')).toEqual({
      id: 1,
      title: 'b',
      qualityIndicators: [{ key: 'k' }],
    })
    expect(doc).toEqual(copy)
  })
})
