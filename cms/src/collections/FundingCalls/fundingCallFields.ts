import type { Field, TextFieldSingleValidation } from 'payload'

import { nobodyField } from '../../access/nobodyField'
import {
  CURRENCIES,
  FUNDING_CALL_SCOPES,
  FUNDING_CALL_STATUSES,
  fundingCallScopeLabels,
  fundingCallStatusLabels,
} from '../../contract'
import { slugField } from '../../fields/slugField'
import { validateNumber, validateOption, validateUrl } from '../../fields/validators'
import { translated } from '../../i18n/translated'
import { isTimeZone } from '../../contract/isTimeZone'

const validateTimeZone: TextFieldSingleValidation = (value) =>
  value === null || value === undefined || value === '' || isTimeZone(value)
    ? true
    : 'Enter a time-zone name like Europe/Rome.'

/** A call for proposals or tender (DESIGN.md "Development Desk"). */
export const fundingCallFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
    label: translated('fundingCalls:title'),
  },
  slugField('title'),
  {
    name: 'funder',
    type: 'text',
    required: true,
    maxLength: 160,
    label: translated('fundingCalls:funder'),
    admin: { description: translated('fundingCalls:funderHelp') },
  },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    maxLength: 1200,
    label: translated('fundingCalls:summary'),
  },
  {
    name: 'eligibility',
    type: 'textarea',
    localized: true,
    maxLength: 2000,
    label: translated('fundingCalls:eligibility'),
    admin: { description: translated('fundingCalls:eligibilityHelp') },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'scope',
        type: 'select',
        validate: validateOption,
        defaultValue: 'national',
        index: true,
        options: FUNDING_CALL_SCOPES.map((value) => ({ value, label: fundingCallScopeLabels[value] })),
        label: translated('fundingCalls:scope'),
      },
      {
        name: 'units',
        type: 'relationship',
        relationTo: 'units',
        hasMany: true,
        maxRows: 50,
        label: translated('fundingCalls:units'),
        admin: {
          description: translated('fundingCalls:unitsHelp'),
          condition: (_, siblingData) => siblingData?.scope !== 'national',
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'amountMin',
        type: 'number',
        min: 0,
        max: 1e12,
        validate: validateNumber,
        label: translated('fundingCalls:amountMin'),
      },
      {
        name: 'amountMax',
        type: 'number',
        min: 0,
        max: 1e12,
        validate: validateNumber,
        label: translated('fundingCalls:amountMax'),
      },
      {
        name: 'currency',
        type: 'select',
        validate: validateOption,
        defaultValue: 'EUR',
        options: CURRENCIES.map((value) => ({ value, label: value })),
        label: translated('fundingCalls:currency'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'opensAt',
        type: 'date',
        label: translated('fundingCalls:opensAt'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'deadline',
        type: 'date',
        required: true,
        index: true,
        label: translated('fundingCalls:deadline'),
        admin: {
          date: { pickerAppearance: 'dayAndTime' },
          description: translated('fundingCalls:deadlineHelp'),
        },
      },
      {
        name: 'timeZone',
        type: 'text',
        defaultValue: 'Europe/Rome',
        maxLength: 64,
        validate: validateTimeZone,
        label: translated('fundingCalls:timeZone'),
        admin: { description: translated('fundingCalls:timeZoneHelp') },
      },
    ],
  },
  {
    name: 'link',
    type: 'text',
    maxLength: 2000,
    validate: validateUrl,
    label: translated('fundingCalls:link'),
    admin: { description: translated('fundingCalls:linkHelp') },
  },
  {
    name: 'documents',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    maxRows: 10,
    label: translated('fundingCalls:documents'),
  },
  {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    maxRows: 6,
    index: true,
    label: translated('fundingCalls:themes'),
  },
  {
    name: 'status',
    type: 'select',
    validate: validateOption,
    defaultValue: 'open',
    index: true,
    options: FUNDING_CALL_STATUSES.map((value) => ({ value, label: fundingCallStatusLabels[value] })),
    label: translated('fundingCalls:status'),
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, description: translated('fundingCalls:statusHelp') },
  },
]
