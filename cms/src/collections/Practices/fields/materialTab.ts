import type { Field, Tab } from 'payload'

import { canReadContact } from '../../../access/canReadContact'
import { PRACTICE_MAX_ROWS } from '../../../contract'
import { validateEmail, validatePhone, validateUrl } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'

const contactField = (name: string, field: Partial<Field>): Field =>
  ({
    name,
    type: 'text',
    access: { read: canReadContact },
    ...field,
  }) as Field

/** Links, images, attachments and the contact person (private unless they consent). */
export const materialTab: Tab = {
  label: translated('practices:tabMaterial'),
  fields: [
    {
      name: 'links',
      type: 'array',
      maxRows: PRACTICE_MAX_ROWS.links,
      label: translated('practices:links'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              maxLength: 120,
              label: translated('practices:linksLabel'),
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              maxLength: 500,
              validate: validateUrl,
              label: 'URL',
            },
          ],
        },
      ],
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: translated('practices:coverImage'),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: PRACTICE_MAX_ROWS.attachments,
      label: translated('practices:attachments'),
    },
    {
      name: 'contact',
      type: 'group',
      label: translated('practices:contact'),
      admin: {
        description: translated('practices:contactHelp'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            contactField('name', { maxLength: 120, label: translated('practices:contactName') }),
            contactField('role', { maxLength: 120, label: translated('practices:contactRole') }),
          ],
        },
        {
          type: 'row',
          fields: [
            contactField('email', { maxLength: 254, validate: validateEmail, label: 'E-mail' }),
            contactField('phone', {
              maxLength: 32,
              validate: validatePhone,
              label: translated('practices:contactPhone'),
            }),
          ],
        },
        {
          name: 'consent',
          type: 'checkbox',
          defaultValue: false,
          label: translated('practices:contactConsent'),
        },
      ],
    },
  ],
}
