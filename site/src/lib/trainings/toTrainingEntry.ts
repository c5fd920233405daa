import type { Training } from '@redcloud/cms/payload-types'

import type { Locale } from '../locales'

import { LOCALES } from '../locales'
import { safeUrl } from '../safeUrl'

type Texts = Partial<Record<Locale, null | string>>

/** A training as its public pages show it, in one language. */
export interface TrainingEntry {
  cmsId: string
  kind: 'tool' | 'training'
  title: string
  /** The language the title and description are in, when not the page's. */
  contentLocale: Locale
  description: string
  startsAt: null | string
  endsAt: null | string
  online: boolean
  place: string
  link: null | string
  seats: number
  free: number
  applicationDeadline: string
  open: boolean
  eligibleUnits: string[]
  eligibleRoles: string[]
}

const pick = (texts: unknown, locale: Locale): { text: string; locale: Locale } => {
  const all = (texts && typeof texts === 'object' ? texts : {}) as Texts
  const found = [locale, ...LOCALES].find((l) => typeof all[l] === 'string' && all[l])
  return found ? { text: all[found] as string, locale: found } : { text: '', locale }
}

/**
 * A training read with `locale=all` and `depth=1`, in `locale` (falling back to a language that
 * has its title), with free places counted and whether applications are open at `now`.
 */
export const toTrainingEntry = (training: Training, locale: Locale, now = Date.now()): TrainingEntry => {
  const title = pick(training.title, locale)
  const description = pick(training.description, title.locale)
  const seats = Number(training.seats) || 0
  return {
    cmsId: String(training.id),
    kind: training.kind === 'tool' ? 'tool' : 'training',
    title: title.text,
    contentLocale: title.locale,
    description: description.text,
    startsAt: training.startsAt ?? null,
    endsAt: training.endsAt ?? null,
    online: Boolean(training.online),
    place: training.place ?? '',
    link: training.link ? safeUrl(training.link) : null,
    seats,
    free: Math.max(0, seats - (Number(training.seatsTaken) || 0)),
    applicationDeadline: training.applicationDeadline,
    open: new Date(training.applicationDeadline).getTime() >= now,
    eligibleUnits: (training.eligibleUnits ?? []).flatMap((unit) =>
      unit && typeof unit === 'object' && unit.name ? [unit.name] : [],
    ),
    eligibleRoles: training.eligibleRoles ?? [],
  }
}
