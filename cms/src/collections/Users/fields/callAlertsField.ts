import type { Field, NumberFieldSingleValidation } from 'payload'

import { isAdminOrSelfField } from '../../../access/isAdminOrSelfField'
import { CALL_ALERT_LIMITS } from '../../../contract/callAlertLimits'
import { validateNumber } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'

/**
 * Which funding calls a person wants an e-mail about (by theme) and how many days before the
 * deadline. Theirs alone: only they and admins read or write it, so nobody else can filter or
 * sort accounts by it either.
 */
export const callAlertsField: Field = {
  name: 'callAlerts',
  type: 'group',
  label: translated('desk:callAlerts'),
  admin: { description: translated('desk:callAlertsHelp') },
  access: { read: isAdminOrSelfField, create: isAdminOrSelfField, update: isAdminOrSelfField },
  fields: [
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      maxRows: CALL_ALERT_LIMITS.maxThemes,
      label: translated('desk:callAlertThemes'),
    },
    {
      name: 'daysBefore',
      type: 'number',
      defaultValue: CALL_ALERT_LIMITS.defaultDays,
      min: CALL_ALERT_LIMITS.minDays,
      max: CALL_ALERT_LIMITS.maxDays,
      validate: ((value, options) =>
        typeof value === 'number' && !Number.isInteger(value)
          ? 'Enter a whole number of days.'
          : validateNumber(value, options)) satisfies NumberFieldSingleValidation,
      label: translated('desk:callAlertDays'),
    },
  ],
}
