import type { DateFieldValidation, Field } from 'payload'

import { date } from 'payload/shared'

import { ROLES } from '../../access/roles'
import { capacityFields } from '../../capacity/capacityFields'
import { TRAINING_KINDS } from '../../contract/trainingKinds'
import { validateNumber, validateOption, validateOptions, validateUrl } from '../../fields/validators'
import { translated } from '../../i18n/translated'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** The end comes after the start (both optional: a tool to apply for has no dates). */
const validateEnd: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  const start = (options.siblingData as { startsAt?: unknown }).startsAt
  if (value && start && new Date(String(value)).getTime() < new Date(String(start)).getTime())
    return 'The end must come after the start (startsAt).'
  return true
}

/** DESIGN.md "Innovation Hub": a training or a tool members apply for, with limited seats. */
export const trainingFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
    label: translated('trainings:title'),
  },
  {
    name: 'description',
    type: 'textarea',
    localized: true,
    maxLength: 4000,
    label: translated('trainings:description'),
  },
  {
    name: 'kind',
    type: 'select',
    validate: validateOption,
    required: true,
    defaultValue: 'training',
    options: TRAINING_KINDS.map((value) => ({ value, label: translated(`trainings:kind_${value}`) })),
    label: translated('trainings:kind'),
    admin: { position: 'sidebar' },
  },
  {
    type: 'row',
    fields: [
      { name: 'startsAt', type: 'date', label: translated('trainings:startsAt'), admin: dayAndTime },
      {
        name: 'endsAt',
        type: 'date',
        label: translated('trainings:endsAt'),
        validate: validateEnd,
        admin: dayAndTime,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'online',
        type: 'checkbox',
        defaultValue: false,
        label: translated('trainings:online'),
      },
      { name: 'place', type: 'text', maxLength: 300, label: translated('trainings:place') },
      {
        name: 'link',
        type: 'text',
        maxLength: 500,
        validate: validateUrl,
        label: translated('trainings:link'),
        admin: { description: translated('trainings:linkHelp') },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'seats',
        type: 'number',
        required: true,
        min: 1,
        max: 10_000,
        validate: validateNumber,
        label: translated('trainings:seats'),
        admin: { step: 1, description: translated('trainings:seatsHelp') },
      },
      {
        name: 'applicationDeadline',
        type: 'date',
        required: true,
        label: translated('trainings:applicationDeadline'),
        admin: dayAndTime,
      },
    ],
  },
  {
    name: 'eligibleUnits',
    type: 'relationship',
    relationTo: 'units',
    hasMany: true,
    maxRows: 200,
    label: translated('trainings:eligibleUnits'),
    admin: { description: translated('trainings:eligibleUnitsHelp') },
  },
  {
    name: 'eligibleRoles',
    type: 'select',
    hasMany: true,
    validate: validateOptions,
    options: ROLES.map((value) => ({ value, label: value })),
    label: translated('trainings:eligibleRoles'),
    admin: { description: translated('trainings:eligibleRolesHelp') },
  },
  ...capacityFields(),
]
