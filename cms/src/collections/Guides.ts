import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { slugField } from '../fields/slugField'
import { notifySite } from '../hooks/notifySite'
import { translated } from '../i18n/translated'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: {
    singular: translated('guides:singular'),
    plural: translated('guides:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    group: translated('groups:help'),
    description: translated('guides:collectionHelp'),
  },
  access: publicContentAccess,
  hooks: { afterChange: [notifySite.afterChange], afterDelete: [notifySite.afterDelete] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 160,
      label: translated('guides:title'),
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: translated('guides:summary'),
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: translated('guides:body'),
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: translated('guides:files'),
    },
  ],
}
