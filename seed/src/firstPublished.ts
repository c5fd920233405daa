import type { SeedPractice } from './data/types'

import { demoSpread } from './demoSpread'

const DAY = 24 * 60 * 60 * 1000
/** One "now" per seed run: the walk's last event and the stored date must be the same instant. */
const NOW = Date.now()

/**
 * When a published demo practice was first published: a day in the last two years, the same for
 * the same practice on every machine, after its activity started.
 */
export const firstPublished = (practice: SeedPractice): string => {
  const daysAgo = 20 + (demoSpread(practice.slug) % 700)
  const started = Date.parse(practice.activity.startDate)
  const at = Math.max(NOW - daysAgo * DAY, Number.isNaN(started) ? 0 : started + 14 * DAY)
  return new Date(Math.min(at, NOW - DAY)).toISOString()
}
