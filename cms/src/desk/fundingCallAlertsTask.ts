import type { TaskConfig } from 'payload'

import { sendFundingCallAlerts } from './sendFundingCallAlerts'

/** The daily call alerts (`sendFundingCallAlerts`), on the workflow's queue, after the calls close. */
export const fundingCallAlertsTask: TaskConfig = {
  slug: 'fundingCallAlerts',
  label: 'E-mail subscribers about funding calls closing soon',
  handler: async ({ req }) => ({ output: await sendFundingCallAlerts({ payload: req.payload }) }),
  schedule: [{ cron: '0 7 * * *', queue: 'workflow' }],
}
