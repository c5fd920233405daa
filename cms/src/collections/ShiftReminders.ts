import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { translated } from '../i18n/translated'

/**
 * One record per shift reminder sent (`<user>:<shift>`, unique): the daily `shiftReminders` task
 * claims it before sending, so each volunteer hears of each shift once, however many runs or
 * instances there are. Only the server writes; admins read (and may delete one to resend).
 */
export const ShiftReminders: CollectionConfig = {
  slug: 'shift-reminders',
  labels: {
    singular: translated('shifts:reminderSingular'),
    plural: translated('shifts:reminderPlural'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'user', 'shift', 'createdAt'],
    group: translated('groups:participation'),
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
    description: translated('shifts:reminderHelp'),
  },
  access: {
    create: nobody,
    read: isAdmin,
    update: nobody,
    delete: isAdmin,
    readVersions: nobody,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 120, label: 'Key' },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: translated('shifts:reminderUser'),
    },
    {
      name: 'shift',
      type: 'relationship',
      relationTo: 'shifts',
      index: true,
      label: translated('shifts:reminderShift'),
    },
  ],
}
