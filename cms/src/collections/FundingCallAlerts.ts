import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { translated } from '../i18n/translated'

/**
 * One record per call reminder sent (`<user>:<call>`, unique): the daily `fundingCallAlerts`
 * task claims it before sending, so each subscriber hears of each call once, however many runs
 * or instances there are. Only the server writes; admins read (and may delete one to resend).
 */
export const FundingCallAlerts: CollectionConfig = {
  slug: 'funding-call-alerts',
  labels: {
    singular: translated('desk:alertSingular'),
    plural: translated('desk:alertPlural'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'user', 'call', 'createdAt'],
    group: translated('groups:desk'),
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
    description: translated('desk:alertHelp'),
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
      label: translated('desk:alertUser'),
    },
    {
      name: 'call',
      type: 'relationship',
      relationTo: 'funding-calls',
      required: true,
      index: true,
      label: translated('desk:alertCall'),
    },
  ],
}
