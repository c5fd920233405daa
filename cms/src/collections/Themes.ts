import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { slugField } from '../fields/slugField'
import { validateOption, validatePattern } from '../fields/validators'
import { notifySite } from '../hooks/notifySite'
import { translated } from '../i18n/translated'
import { THEME_ICONS } from '../contract/themeIcons'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: {
    singular: translated('themes:singular'),
    plural: translated('themes:plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'icon', 'colour', 'slug'],
    group: translated('groups:catalogue'),
    description: translated('themes:collectionHelp'),
  },
  access: publicContentAccess,
  hooks: { afterChange: [notifySite.afterChange], afterDelete: [notifySite.afterDelete] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      label: translated('themes:name'),
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'icon',
          type: 'select',
          validate: validateOption,
          required: true,
          options: THEME_ICONS.map((value) => ({ value, label: value })),
          label: translated('themes:icon'),
        },
        {
          name: 'colour',
          type: 'text',
          required: true,
          defaultValue: '#cc0000',
          label: translated('themes:colour'),
          validate: validatePattern(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #CC0000.'),
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: translated('themes:description'),
    },
  ],
}
