import { describe, expect, it as test } from 'vitest'

import { en } from './languages/en'
import { es } from './languages/es'
import { fr } from './languages/fr'
import { it } from './languages/it'
import { translated } from './translated'

/** Every `'<namespace>:<key>'` of a language file, with its text. */
const entries = (texts: object): [string, unknown][] =>
  Object.entries(texts).flatMap(([namespace, keys]) =>
    Object.entries(keys as object).map(([key, text]): [string, unknown] => [`${namespace}:${key}`, text]),
  )

describe('the admin texts (cms/src/i18n/languages)', () => {
  const source = entries(en).map(([key]) => key)

  for (const [language, texts] of Object.entries({ it, en, fr, es })) {
    test(`${language} has every key of en.ts and no other, each with a text`, () => {
      const found = entries(texts)
      expect(found.map(([key]) => key).sort()).toEqual([...source].sort())
      const empty = found.filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      expect(empty).toEqual([])
    })
  }

  test('translated() gives a key in the four languages, in the order of LOCALES', () => {
    expect(translated('practices:title')).toEqual({ it: 'Titolo', en: 'Title', fr: 'Titre', es: 'Título' })
    expect(Object.keys(translated('practices:title'))).toEqual(['it', 'en', 'fr', 'es'])
  })

  test('an unknown key fails the typecheck and, if forced through, the config load', () => {
    // @ts-expect-error not a key of en.ts
    expect(() => translated('practices:noSuchKey')).toThrow(/practices:noSuchKey/)
  })
})
