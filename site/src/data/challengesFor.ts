import type { Challenge } from '@redcloud/cms/payload-types'

import type { Locale } from '../lib/locales'

import { cmsUrl } from '../lib/cmsUrl'
import { fetchAllPages } from '../lib/fetchAllPages'
import { type ChallengeEntry, toChallengeEntry } from '../lib/hub/toChallengeEntry'

let pending: Promise<Challenge[]> | undefined

/** The Innovation Hub's challenges in one language, open ones first, then the latest closing first. */
export const challengesFor = async (locale: Locale): Promise<ChallengeEntry[]> => {
  pending ??= fetchAllPages<Challenge>({
    baseUrl: cmsUrl(),
    collection: 'challenges',
    query: { locale: 'all', depth: '1' },
  })
  return (await pending)
    .map((challenge) => toChallengeEntry(challenge, locale))
    .sort((a, b) => Number(b.open) - Number(a.open) || b.closesAt.localeCompare(a.closesAt))
}
