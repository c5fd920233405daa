import type { TaskConfig } from 'payload'

import { runActivityDigest } from './runActivityDigest'
import { runSupportProgressDigest } from './runSupportProgressDigest'

/**
 * The daily digests (`runActivityDigest`: comments, reports, replications;
 * `runSupportProgressDigest`: the desk's progress on support requests), on the workflow's queue and hour.
 */
export const activityDigestTask: TaskConfig = {
  slug: 'practiceActivityDigest',
  label: 'Daily digest of comments, reported comments and support requests',
  handler: async ({ req }) => ({
    output: {
      ...(await runActivityDigest({ payload: req.payload })),
      ...(await runSupportProgressDigest({ payload: req.payload })),
    },
  }),
  schedule: [{ cron: '0 7 * * *', queue: 'workflow' }],
}
