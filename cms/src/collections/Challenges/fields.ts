import type { DateFieldValidation, Field } from 'payload'

import { date } from 'payload/shared'

import { IDEA_LIMITS } from '../../contract/ideaLimits'
import { translated } from '../../i18n/translated'

/** The call closes after it opens. */
const validateClose: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  const opens = (options.siblingData as { opensAt?: unknown }).opensAt
  if (value && opens && new Date(String(value)).getTime() <= new Date(String(opens)).getTime())
    return 'The challenge must close after it opens (closesAt).'
  return true
}

/** DESIGN.md "Innovation Hub": a call for ideas on a problem, open between two dates. */
export const challengeFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: IDEA_LIMITS.title,
    label: translated('challenges:title'),
  },
  {
    name: 'problem',
    type: 'textarea',
    required: true,
    localized: true,
    maxLength: IDEA_LIMITS.text,
    label: translated('challenges:problem'),
    admin: { description: translated('challenges:problemHelp') },
  },
  {
    type: 'row',
    fields: [
      { name: 'opensAt', type: 'date', required: true, label: translated('challenges:opensAt') },
      {
        name: 'closesAt',
        type: 'date',
        required: true,
        index: true,
        validate: validateClose,
        label: translated('challenges:closesAt'),
      },
    ],
  },
  {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    maxRows: IDEA_LIMITS.themes,
    label: translated('challenges:themes'),
  },
  {
    name: 'support',
    type: 'textarea',
    localized: true,
    maxLength: IDEA_LIMITS.text,
    label: translated('challenges:support'),
    admin: { description: translated('challenges:supportHelp') },
  },
]
