import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import {
  validateEmail,
  validateNumber,
  validatePattern,
  validatePhone,
  validateUrl,
} from '../../fields/validators'
import { translated } from '../../i18n/translated'
import type { UNIT_LEVELS } from '../../contract/unitLevels'
import { slugField } from '../../fields/slugField'
import { notifySite } from '../../hooks/notifySite'
import { preventOrphans } from './hooks/preventOrphans'
import { validateUnitTree } from './hooks/validateUnitTree'
import { validateOption } from '../../fields/validators'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: translated('units:singular'),
    plural: translated('units:plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'code'],
    group: translated('groups:organisation'),
    description: translated('units:collectionHelp'),
    listSearchableFields: ['name', 'code'],
  },
  access: {
    create: isAdmin,
    read: anyone,
    update: isAdmin,
    delete: isAdmin,
    readVersions: isAdmin,
  },
  hooks: {
    beforeChange: [validateUnitTree],
    beforeDelete: [preventOrphans],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: translated('units:name'),
    },
    // The unit's public page, /<locale>/units/<slug>/ (filled from the name when left empty).
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          validate: validateOption,
          required: true,
          index: true,
          options: [
            { value: 'national', label: translated('units:levelNational') },
            { value: 'regional', label: translated('units:levelRegional') },
            { value: 'local', label: translated('units:levelLocal') },
          ] satisfies { value: (typeof UNIT_LEVELS)[number]; label: unknown }[],
          label: translated('units:level'),
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'units',
          index: true,
          label: translated('units:parent'),
          admin: {
            description: translated('units:parentHelp'),
          },
        },
        {
          name: 'code',
          type: 'text',
          unique: true,
          required: true,
          maxLength: 32,
          label: translated('units:code'),
          validate: validatePattern(
            /^[A-Z0-9][A-Z0-9-]*$/,
            'Use capital letters, digits and dashes, like LOM-MI.',
          ),
        },
      ],
    },
    {
      name: 'address',
      type: 'text',
      maxLength: 240,
      label: translated('units:address'),
    },
    {
      name: 'location',
      type: 'group',
      label: translated('units:location'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'lat',
              type: 'number',
              validate: validateNumber,
              min: -90,
              max: 90,
              label: translated('units:locationLat'),
            },
            {
              name: 'lng',
              type: 'number',
              validate: validateNumber,
              min: -180,
              max: 180,
              label: translated('units:locationLng'),
            },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: translated('units:contact'),
      admin: {
        description: translated('units:contactHelp'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'text', maxLength: 254, validate: validateEmail, label: 'E-mail' },
            {
              name: 'phone',
              type: 'text',
              maxLength: 32,
              validate: validatePhone,
              label: translated('units:contactPhone'),
            },
            {
              name: 'website',
              type: 'text',
              maxLength: 500,
              validate: validateUrl,
              label: translated('units:contactWebsite'),
            },
          ],
        },
      ],
    },
  ],
}
