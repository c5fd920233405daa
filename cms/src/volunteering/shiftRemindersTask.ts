import type { TaskConfig } from 'payload'

import { sendShiftReminders } from './sendShiftReminders'

/** The day-before shift reminders (`sendShiftReminders`), on the workflow's queue, every hour. */
export const shiftRemindersTask: TaskConfig = {
  slug: 'shiftReminders',
  label: 'Remind volunteers of their shifts the day before',
  handler: async ({ req }) => ({ output: await sendShiftReminders({ payload: req.payload }) }),
  schedule: [{ cron: '0 * * * *', queue: 'workflow' }],
}
