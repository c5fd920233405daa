import type { Field } from 'payload'

import { isContentManagerField } from '../../access/isContentManagerField'
import { isStaffField } from '../../access/isStaffField'
import {
  LOCALES,
  SERVICE_STATUSES,
  serviceStatusLabels,
  TARGET_GROUPS,
  targetGroupLabels,
} from '../../contract'
import { validateNumber, validateOption, validateOptions, validatePhone } from '../../fields/validators'
import { translated } from '../../i18n/translated'
import { validatePublicContactEmail } from './validatePublicContactEmail'

const nobodyField = () => false

/** What a unit offers regularly (DESIGN.md "Carta dei Servizi"). */
export const serviceFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 120,
    label: translated('services:name'),
  },
  {
    name: 'description',
    type: 'textarea',
    required: true,
    localized: true,
    maxLength: 2000,
    label: translated('services:description'),
    admin: { description: translated('services:descriptionHelp') },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'themes',
        type: 'relationship',
        relationTo: 'themes',
        hasMany: true,
        maxRows: 6,
        index: true,
        label: translated('services:themes'),
      },
      {
        name: 'targetGroups',
        type: 'select',
        hasMany: true,
        validate: validateOptions,
        options: TARGET_GROUPS.map((value) => ({ value, label: targetGroupLabels[value] })),
        label: translated('services:targetGroups'),
      },
    ],
  },
  {
    name: 'schedule',
    type: 'text',
    localized: true,
    maxLength: 240,
    label: translated('services:schedule'),
    admin: { description: translated('services:scheduleHelp') },
  },
  {
    name: 'address',
    type: 'text',
    maxLength: 240,
    label: translated('services:address'),
    admin: { description: translated('services:addressHelp') },
  },
  {
    name: 'location',
    type: 'group',
    label: translated('services:location'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'lat', type: 'number', validate: validateNumber, min: -90, max: 90, label: 'Lat' },
          { name: 'lng', type: 'number', validate: validateNumber, min: -180, max: 180, label: 'Lng' },
        ],
      },
    ],
  },
  {
    name: 'contact',
    type: 'group',
    label: translated('services:contact'),
    admin: { description: translated('services:contactHelp') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'email',
            type: 'text',
            maxLength: 254,
            validate: validatePublicContactEmail,
            label: 'E-mail',
          },
          {
            name: 'phone',
            type: 'text',
            maxLength: 32,
            validate: validatePhone,
            label: translated('services:contactPhone'),
          },
        ],
      },
    ],
  },
  {
    name: 'status',
    type: 'select',
    validate: validateOption,
    required: true,
    defaultValue: 'active',
    index: true,
    options: SERVICE_STATUSES.map((value) => ({ value, label: serviceStatusLabels[value] })),
    label: translated('services:status'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: translated('services:unit'),
    access: { create: isContentManagerField, update: isContentManagerField },
    admin: { position: 'sidebar', description: translated('services:unitHelp') },
  },
  {
    name: 'proposedBy',
    type: 'relationship',
    relationTo: 'users',
    label: translated('services:proposedBy'),
    access: { read: isStaffField, create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'originalLanguage',
    type: 'select',
    validate: validateOption,
    options: LOCALES.map((value) => ({ value, label: value.toUpperCase() })),
    defaultValue: ({ req }) =>
      req.locale && req.locale !== 'all' ? req.locale : (process.env.DEFAULT_LOCALE ?? 'it'),
    label: translated('services:originalLanguage'),
    admin: { position: 'sidebar' },
  },
]
