import type { Tab } from 'payload'

import { validateNumber, validateOption } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'
import {
  ACTIVITY_STATUSES,
  activityStatusLabels,
  COST_PERIODS,
  costPeriodLabels,
  CURRENCIES,
} from '../../../contract'
import { validateEndDate } from '../validateActivityDates'
import { validateCurrency } from '../validateCosts'
import { qualityIndicatorsField } from './qualityIndicatorsField'

/** What the practice achieves and costs: quality indicators (and their measurements), costs, resources, activity period. */
export const resultsTab: Tab = {
  label: translated('practices:tabResults'),
  fields: [
    qualityIndicatorsField,
    {
      // Listed here, and added from here to a published practice; anonymous callers read
      // measurements from their own endpoint, confirmed ones only. A UI field rather than a join:
      // a join would make every read of practices (the site's included) read measurements too.
      name: 'measurements',
      type: 'ui',
      admin: { components: { Field: '/components/PracticeMeasurements#PracticeMeasurements' } },
    },
    {
      name: 'costs',
      type: 'group',
      label: translated('practices:costs'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              type: 'number',
              validate: validateNumber,
              min: 0,
              label: translated('practices:costsAmount'),
            },
            {
              name: 'currency',
              type: 'select',
              options: [...CURRENCIES],
              defaultValue: 'EUR',
              validate: validateCurrency,
              label: translated('practices:costsCurrency'),
            },
            {
              name: 'period',
              type: 'select',
              validate: validateOption,
              options: COST_PERIODS.map((value) => ({ value, label: costPeriodLabels[value] })),
              label: translated('practices:costsPeriod'),
            },
          ],
        },
        {
          name: 'notes',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          label: translated('practices:costsNotes'),
        },
      ],
    },
    {
      name: 'resources',
      type: 'group',
      label: translated('practices:resources'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'volunteers',
              type: 'number',
              validate: validateNumber,
              min: 0,
              max: 100000,
              label: translated('practices:resourcesVolunteers'),
            },
            {
              name: 'staff',
              type: 'number',
              validate: validateNumber,
              min: 0,
              max: 100000,
              label: translated('practices:resourcesStaff'),
            },
          ],
        },
        {
          name: 'material',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          label: translated('practices:resourcesMaterial'),
        },
      ],
    },
    {
      name: 'activity',
      type: 'group',
      label: translated('practices:activity'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              validate: validateOption,
              options: ACTIVITY_STATUSES.map((value) => ({
                value,
                label: activityStatusLabels[value],
              })),
              label: translated('practices:activityStatus'),
            },
            { name: 'startDate', type: 'date', label: translated('practices:activityStartDate') },
            {
              name: 'endDate',
              type: 'date',
              validate: validateEndDate,
              label: translated('practices:activityEndDate'),
            },
          ],
        },
      ],
    },
  ],
}
