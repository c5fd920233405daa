import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContentAccess'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { challengeFields } from './fields'

/**
 * DESIGN.md "Innovation Hub": calls for ideas. Content managers keep them, anyone reads them;
 * members answer them with `ideas` while they are open.
 */
export const Challenges: CollectionConfig = {
  slug: 'challenges',
  labels: {
    singular: translated('challenges:singular'),
    plural: translated('challenges:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt'],
    group: translated('groups:hub'),
    description: translated('challenges:collectionHelp'),
  },
  access: publicContentAccess,
  hooks: {
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: challengeFields,
}
