import type { Field } from 'payload'

import { VOLUNTEER_SKILLS, volunteerSkillLabels } from '../../contract'
import { validateNumber, validatePhone, validateOptions } from '../../fields/validators'
import { translated } from '../../i18n/translated'
import { validatePublicContactEmail } from '../Services/validatePublicContactEmail'

/** The skills select of needs, shifts and people's profiles: one option list (the contract's). */
export const skillOptions = VOLUNTEER_SKILLS.map((value) => ({ value, label: volunteerSkillLabels[value] }))

/** DESIGN.md "Volunteer-needs calendar": what a unit needs volunteers for, and where. */
export const needFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
    label: translated('needs:title'),
  },
  {
    name: 'description',
    type: 'textarea',
    localized: true,
    maxLength: 4000,
    label: translated('needs:description'),
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: translated('needs:unit'),
    admin: { position: 'sidebar', description: translated('needs:unitHelp') },
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
        label: translated('needs:themes'),
      },
      {
        name: 'skills',
        type: 'select',
        hasMany: true,
        options: skillOptions,
        validate: validateOptions,
        label: translated('needs:skills'),
      },
    ],
  },
  {
    name: 'address',
    type: 'text',
    maxLength: 240,
    label: translated('needs:address'),
  },
  {
    name: 'location',
    type: 'group',
    label: translated('needs:location'),
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
    type: 'row',
    fields: [
      {
        name: 'practice',
        type: 'relationship',
        relationTo: 'practices',
        label: translated('needs:practice'),
      },
      {
        name: 'service',
        type: 'relationship',
        relationTo: 'services',
        label: translated('needs:service'),
      },
    ],
  },
  {
    name: 'contact',
    type: 'group',
    label: translated('needs:contact'),
    admin: { description: translated('needs:contactHelp') },
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
            label: translated('needs:contactPhone'),
          },
        ],
      },
    ],
  },
]
