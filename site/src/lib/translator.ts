import en from '../i18n/en.json'
import es from '../i18n/es.json'
import fr from '../i18n/fr.json'
import it from '../i18n/it.json'

import type { Locale } from './locales'

export type MessageKey = keyof typeof en

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { it, en, fr, es }

/** The UI text `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export const translator =
  (locale: Locale) =>
  (key: MessageKey, vars: Record<string, number | string> = {}): string =>
    (MESSAGES[locale][key] ?? MESSAGES.en[key]).replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    )
