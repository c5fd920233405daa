import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { notifySite } from '../hooks/notifySite'
import { translated } from '../i18n/translated'
import { validateOption } from '../fields/validators'

export const FAQ_CATEGORIES = ['general', 'submitting', 'validation', 'account', 'privacy'] as const

export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: {
    singular: translated('faq:singular'),
    plural: translated('faq:plural'),
  },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'order'],
    group: translated('groups:help'),
  },
  access: publicContentAccess,
  hooks: { afterChange: [notifySite.afterChange], afterDelete: [notifySite.afterDelete] },
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 240,
      label: translated('faq:question'),
    },
    {
      name: 'answer',
      type: 'richText',
      required: true,
      localized: true,
      label: translated('faq:answer'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          validate: validateOption,
          required: true,
          defaultValue: 'general',
          options: [
            { value: 'general', label: translated('faq:categoryGeneral') },
            {
              value: 'submitting',
              label: translated('faq:categorySubmitting'),
            },
            { value: 'validation', label: translated('faq:categoryValidation') },
            { value: 'account', label: translated('faq:categoryAccount') },
            { value: 'privacy', label: translated('faq:categoryPrivacy') },
          ] satisfies { value: (typeof FAQ_CATEGORIES)[number]; label: unknown }[],
          label: translated('faq:category'),
        },
        {
          name: 'order',
          type: 'number',
          defaultValue: 0,
          min: 0,
          label: translated('faq:order'),
          admin: {
            description: translated('faq:orderHelp'),
          },
        },
      ],
    },
  ],
}
