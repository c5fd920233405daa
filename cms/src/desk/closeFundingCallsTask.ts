import type { TaskConfig } from 'payload'

import { closeFundingCalls } from './closeFundingCalls'

/** Every day just after midnight (Rome), calls whose deadline has passed close and leave the site. */
export const closeFundingCallsTask: TaskConfig = {
  slug: 'closeFundingCalls',
  label: 'Close funding calls past their deadline',
  handler: async ({ req }) => ({ output: await closeFundingCalls({ payload: req.payload }) }),
  schedule: [{ cron: '5 0 * * *', queue: 'workflow' }],
}
