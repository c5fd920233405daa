import type { Field } from 'payload'

import { isAdminField } from '../../../access/isAdminField'
import { isAdminOrSelfField } from '../../../access/isAdminOrSelfField'
import { isAdminValidatorOrSelfField } from '../../../access/isAdminValidatorOrSelfField'
import { nobodyField } from '../../../access/nobodyField'
import { validateOptions } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'
import { skillOptions } from '../../Needs/needFields'

/**
 * Volunteering: the person's skills (theirs to edit, read by them and admins: they suggest needs),
 * whether they coordinate their unit's needs (set by admins), and the secret of their private
 * calendar of shifts (set by `POST /api/shifts/feed-token` only).
 */
export const volunteerFields: Field[] = [
  {
    name: 'skills',
    type: 'select',
    hasMany: true,
    options: skillOptions,
    validate: validateOptions,
    label: translated('users:skills'),
    admin: { description: translated('users:skillsHelp') },
    access: { read: isAdminOrSelfField, create: isAdminOrSelfField, update: isAdminOrSelfField },
  },
  {
    name: 'coordinator',
    type: 'checkbox',
    defaultValue: false,
    label: translated('users:coordinator'),
    admin: { description: translated('users:coordinatorHelp') },
    access: { read: isAdminValidatorOrSelfField, create: isAdminField, update: isAdminField },
  },
  {
    name: 'shiftFeedToken',
    type: 'text',
    index: true,
    maxLength: 64,
    access: { read: isAdminOrSelfField, create: nobodyField, update: nobodyField },
    admin: { hidden: true, readOnly: true },
  },
]
