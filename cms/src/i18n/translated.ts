import { LOCALES, type Locale, type Translated } from '../contract/locales'
import { en } from './languages/en'
import { es } from './languages/es'
import { fr } from './languages/fr'
import { it } from './languages/it'

type Texts = typeof en

/** `'<namespace>:<key>'` of every text in `./languages/en.ts`, e.g. `'practices:title'`. */
export type TextKey = { [N in keyof Texts]: `${N}:${keyof Texts[N] & string}` }[keyof Texts]

const languages: Record<Locale, Texts> = { it, en, fr, es }

/** One admin text in every language, as Payload's labels and descriptions take it: `{ it, en, fr, es }`. */
export const translated = (key: TextKey): Translated => {
  const [namespace, name] = key.split(':') as [keyof Texts, string]
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const text = (languages[locale][namespace] as Record<string, string> | undefined)?.[name]
      if (typeof text !== 'string')
        throw new Error(`No ${locale} text for "${key}" in cms/src/i18n/languages.`)
      return [locale, text]
    }),
  ) as Translated
}
