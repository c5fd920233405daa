import { getCollection } from 'astro:content'

import type { FundingCallEntry } from '../lib/desk/deskEntries'
import type { Locale } from '../lib/locales'

/** Every funding call (open and closed) in one language. */
export const fundingCallsFor = async (locale: Locale): Promise<FundingCallEntry[]> =>
  (await getCollection('fundingCalls', (entry) => entry.data.locale === locale)).map((entry) => entry.data)
