import { translated } from '../i18n/translated'
import { sentOnceRecords } from '../notifications/sentOnceRecords'

/** One record per shift reminder sent (`<user>:<shift>`): the hourly `shiftReminders` task's. */
export const ShiftReminders = sentOnceRecords({
  slug: 'shift-reminders',
  labels: { singular: translated('shifts:reminderSingular'), plural: translated('shifts:reminderPlural') },
  group: translated('groups:participation'),
  description: translated('shifts:reminderHelp'),
  userLabel: translated('shifts:reminderUser'),
  about: { name: 'shift', relationTo: 'shifts', label: translated('shifts:reminderShift') },
})
