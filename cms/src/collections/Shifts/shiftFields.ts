import type { DateFieldValidation, Field } from 'payload'

import { date } from 'payload/shared'

import { nobodyField } from '../../access/nobodyField'
import { capacityFields } from '../../capacity/capacityFields'
import { validateNumber, validateOptions } from '../../fields/validators'
import { translated } from '../../i18n/translated'
import { skillOptions } from '../Needs/needFields'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** The end comes after the start. */
const validateEnd: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  const start = (options.siblingData as { start?: unknown }).start
  if (value && start && new Date(String(value)).getTime() <= new Date(String(start)).getTime())
    return 'The end must come after the start (start).'
  return true
}

/** One shift of a need: when, how many people, which skills. */
export const shiftFields: Field[] = [
  {
    name: 'need',
    type: 'relationship',
    relationTo: 'needs',
    required: true,
    index: true,
    label: translated('shifts:need'),
    access: { update: nobodyField },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'start',
        type: 'date',
        required: true,
        index: true,
        label: translated('shifts:start'),
        admin: dayAndTime,
      },
      {
        name: 'end',
        type: 'date',
        required: true,
        validate: validateEnd,
        label: translated('shifts:end'),
        admin: dayAndTime,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'capacity',
        type: 'number',
        required: true,
        min: 1,
        max: 1000,
        validate: validateNumber,
        label: translated('shifts:capacity'),
        admin: { step: 1, description: translated('shifts:capacityHelp') },
      },
      {
        name: 'skills',
        type: 'select',
        hasMany: true,
        options: skillOptions,
        validate: validateOptions,
        label: translated('shifts:skills'),
      },
    ],
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    index: true,
    label: translated('shifts:unit'),
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, description: translated('shifts:unitHelp') },
  },
  ...capacityFields(),
]
