import type { SeedPractice } from './data/types'

import { demoSpread } from './demoSpread'

const DAY = 24 * 60 * 60 * 1000

/**
 * When a published demo practice was first published: a day in the last two years, the same for
 * the same practice on every machine, after its activity started.
 */
export const firstPublished = (practice: SeedPractice): string => {
  const daysAgo = 20 + (demoSpread(practice.slug) % 700)
  const started = Date.parse(practice.activity.startDate)
  const at = Math.max(Date.now() - daysAgo * DAY, Number.isNaN(started) ? 0 : started + 14 * DAY)
  return new Date(Math.min(at, Date.now() - DAY)).toISOString()
}
