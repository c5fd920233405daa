import type { Training } from '@redcloud/cms/payload-types'

import type { Locale } from '../lib/locales'

import { cmsUrl } from '../lib/cmsUrl'
import { fetchAllPages } from '../lib/fetchAllPages'
import { type TrainingEntry, toTrainingEntry } from '../lib/trainings/toTrainingEntry'

let pending: Promise<Training[]> | undefined

/**
 * The trainings and tools in one language, soonest first (read once per build, as an anonymous
 * visitor: titles, dates, seats and free places; never who applied).
 */
export const trainingsFor = async (locale: Locale): Promise<TrainingEntry[]> => {
  pending ??= fetchAllPages<Training>({
    baseUrl: cmsUrl(),
    collection: 'trainings',
    query: { locale: 'all', depth: '1' },
  })
  const far = '9999'
  return (await pending)
    .map((training) => toTrainingEntry(training, locale))
    .sort(
      (a, b) =>
        Number(b.open) - Number(a.open) ||
        (a.startsAt ?? far).localeCompare(b.startsAt ?? far) ||
        a.title.localeCompare(b.title, locale),
    )
}
