import type { Field } from 'payload'

import { isAdminField } from '../../../access/isAdminField'
import { isAdminOrSelfField } from '../../../access/isAdminOrSelfField'
import { isAdminValidatorOrSelfField } from '../../../access/isAdminValidatorOrSelfField'
import { ACCOUNT_STATUSES, type AccountStatus } from '../../../contract/accountStatuses'
import { translated } from '../../../i18n/translated'
import { validateOption } from '../../../fields/validators'

const statusLabels = {
  pending: translated('users:accountStatusPending'),
  active: translated('users:accountStatusActive'),
  rejected: translated('users:accountStatusRejected'),
  deactivated: translated('users:accountStatusDeactivated'),
  erased: { it: 'Cancellato', en: 'Erased', fr: 'Effacé', es: 'Borrado' },
} satisfies Record<AccountStatus, unknown>

/**
 * Where an account stands (self-registration, approval by the unit, deactivation) and Payload's
 * e-mail verification flag, which only administrators may change: Payload's own field lets
 * anyone signed in write it. Accounts made any other way than registering on the site start
 * confirmed and active (the defaults; the column defaults also cover existing accounts).
 */
export const accountFields: Field[] = [
  {
    name: 'accountStatus',
    type: 'select',
    validate: validateOption,
    defaultValue: 'active',
    index: true,
    options: ACCOUNT_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
    label: translated('users:accountStatus'),
    access: { read: isAdminValidatorOrSelfField, create: isAdminField, update: isAdminField },
    admin: { position: 'sidebar', description: translated('users:accountStatusHelp') },
  },
  {
    name: '_verified',
    type: 'checkbox',
    defaultValue: true,
    label: translated('users:verified'),
    access: { read: isAdminValidatorOrSelfField, create: isAdminField, update: isAdminField },
  },
  {
    name: 'accountDecisionComment',
    type: 'textarea',
    maxLength: 1000,
    label: translated('users:accountDecisionComment'),
    access: { read: isAdminValidatorOrSelfField, create: isAdminField, update: isAdminField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'termsAcceptedAt',
    type: 'date',
    label: translated('users:termsAcceptedAt'),
    access: { read: isAdminOrSelfField, create: isAdminField, update: isAdminField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
