import type { TaskConfig } from 'payload'

import { runActivityDigest } from './runActivityDigest'

/** The daily digest of comments and reports (`runActivityDigest`), on the workflow's queue and hour. */
export const activityDigestTask: TaskConfig = {
  slug: 'practiceActivityDigest',
  label: 'Daily digest of comments and reported comments',
  handler: async ({ req }) => ({ output: await runActivityDigest({ payload: req.payload }) }),
  schedule: [{ cron: '0 7 * * *', queue: 'workflow' }],
}
