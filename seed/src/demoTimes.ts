import type { SeedPractice } from './data/types'

import { demoSpread } from './demoSpread'
import { firstPublished } from './firstPublished'

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/**
 * When each of a demo practice's `count` transitions happened, oldest first, so that the demo's
 * queue, reminders and coordinators' dashboard show real waits: a published practice's last
 * approval is its publication day; any other practice entered its stage 1 to 16 days ago (some
 * past the 7-day reminder). Each step took between a few hours and two weeks.
 */
export const demoTimes = (practice: SeedPractice, count: number): Date[] => {
  const spread = demoSpread(practice.slug)
  const last =
    practice.stage === 'published'
      ? Date.parse(firstPublished(practice))
      : Date.now() - (1 + (spread % 16)) * DAY - (spread % 7) * HOUR
  const times = [last]
  for (let step = 1; step < count; step++) {
    const gap = ((spread * (step + 3)) % 14) * DAY + (2 + ((spread >> step) % 20)) * HOUR
    times.unshift(times[0]! - gap)
  }
  return times.map((time) => new Date(time))
}
