import type { Config } from 'payload'

import type { Label, SanitizedOptions } from '../types'
import { NAMESPACE, type Texts } from './texts'
import { translations } from './translations'

const own = translations as Record<string, { stagedApproval: Texts }> & { en: { stagedApproval: Texts } }

const inLanguage = (label: Label | undefined, language: string): string | undefined =>
  typeof label === 'string' ? label : label?.[language]

/**
 * Puts the plugin's texts into `config.i18n.translations` (as plugin-multi-tenant does), per
 * language: the plugin's own, then the app's `labels` as keys (a collection's own under
 * `<collection>.`), then the app's `translations`. A language the plugin has no file for starts
 * from English. The admin panel and the e-mails read only these.
 */
export const mergeTranslations = (config: Config, options: SanitizedOptions): Config['i18n'] => {
  const current = (config.i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const languages = new Set([...Object.keys(own), ...Object.keys(options.translations)])
  const merged: Record<string, Record<string, unknown>> = { ...current }
  for (const language of languages) {
    const labels: Texts = {}
    for (const { labels: collectionLabels, slug } of options.collections) {
      const put = (key: string, label: Label | undefined) => {
        const value = inLanguage(label, language)
        if (value !== undefined) labels[`${slug}.${key}`] = value
      }
      put('group', collectionLabels.group)
      put('stage', collectionLabels.stage)
      for (const [stage, label] of Object.entries(collectionLabels.stages)) put(`stage_${stage}`, label)
    }
    merged[language] = {
      ...current[language],
      [NAMESPACE]: {
        ...(own[language] ?? own.en)?.stagedApproval,
        ...((current[language]?.[NAMESPACE] as Texts | undefined) ?? {}),
        ...labels,
        ...options.translations[language],
      },
    }
  }
  return { ...config.i18n, translations: merged as never }
}

/** The plugin's texts in `language` from a config's merged translations (English when it has none). */
export const textsOf = (config: { i18n?: { translations?: unknown } }, language: string): Texts => {
  const all = (config.i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  return ((all[language] ?? all.en)?.[NAMESPACE] ?? own.en.stagedApproval) as Texts
}
