import type { Challenge } from '@redcloud/cms/payload-types'

import type { Locale } from '../locales'

import { LOCALES } from '../locales'

type Texts = Partial<Record<Locale, null | string>>

/** A challenge (call for ideas) as its public pages show it, in one language. */
export interface ChallengeEntry {
  cmsId: string
  title: string
  /** The language the texts are in, when not the page's. */
  contentLocale: Locale
  problem: string
  support: string
  opensAt: string
  closesAt: string
  /** Open for ideas at the time of the build. */
  open: boolean
  themes: string[]
}

const pick = (texts: unknown, locale: Locale): { text: string; locale: Locale } => {
  const all = (texts && typeof texts === 'object' ? texts : {}) as Texts
  const found = [locale, ...LOCALES].find((l) => typeof all[l] === 'string' && all[l])
  return found ? { text: all[found] as string, locale: found } : { text: '', locale }
}

/**
 * A challenge read with `locale=all` and `depth=1`, in `locale` (falling back to a language that
 * has its title), open when `now` lies between its dates.
 */
export const toChallengeEntry = (challenge: Challenge, locale: Locale, now = Date.now()): ChallengeEntry => {
  const title = pick(challenge.title, locale)
  return {
    cmsId: String(challenge.id),
    title: title.text,
    contentLocale: title.locale,
    problem: pick(challenge.problem, title.locale).text,
    support: pick(challenge.support, title.locale).text,
    opensAt: challenge.opensAt,
    closesAt: challenge.closesAt,
    open: Date.parse(challenge.opensAt) <= now && now <= Date.parse(challenge.closesAt),
    themes: (challenge.themes ?? []).flatMap((theme) =>
      theme && typeof theme === 'object' ? [pick(theme.name, locale).text].filter(Boolean) : [],
    ),
  }
}
