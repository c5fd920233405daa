import type { CollectionConfig, CollectionSlug, RelationshipField } from 'payload'

import { hasRole } from '../access/hasRole'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import type { Translated } from '../contract/locales'

/**
 * A collection of "sent once" records (`<user>:<thing>`, unique key): a scheduled task claims the
 * record before it sends (`sendOnce`), so each person hears of each thing once, however many runs
 * or instances there are. Only the server writes; admins read (and may delete one to resend).
 */
export const sentOnceRecords = ({
  slug,
  labels,
  group,
  description,
  userLabel,
  about,
}: {
  slug: CollectionSlug
  labels: { singular: Translated; plural: Translated }
  group: Translated
  description: Translated
  userLabel: Translated
  /** The relationship to what the person was told about (the call, the shift). */
  about: { name: string; relationTo: CollectionSlug; required?: boolean; label: Translated }
}): CollectionConfig => ({
  slug,
  labels,
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'user', about.name, 'createdAt'],
    group,
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
    description,
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
      label: userLabel,
    },
    {
      name: about.name,
      type: 'relationship',
      relationTo: about.relationTo,
      ...(about.required ? { required: true } : {}),
      index: true,
      label: about.label,
    } as RelationshipField,
  ],
})
