import type { Tab } from 'payload'

import { validateNumber } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'
import {
  ACTIVITY_STATUSES,
  activityStatusLabels,
  COST_PERIODS,
  costPeriodLabels,
  CURRENCIES,
  PRACTICE_MAX_ROWS,
} from '../../../contract'
import { validateEndDate } from '../validateActivityDates'
import { validateCurrency } from '../validateCosts'

/** What the practice achieves and costs: quality indicators, costs, resources, activity period. */
export const resultsTab: Tab = {
  label: translated('practices:tabResults'),
  fields: [
    {
      name: 'qualityIndicators',
      type: 'array',
      maxRows: PRACTICE_MAX_ROWS.qualityIndicators,
      label: translated('practices:qualityIndicators'),
      labels: {
        singular: translated('practices:qualityIndicatorsSingular'),
        plural: translated('practices:qualityIndicatorsPlural'),
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 200,
          localized: true,
          label: translated('practices:qualityIndicatorsName'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'baseline',
              type: 'number',
              validate: validateNumber,
              label: translated('practices:qualityIndicatorsBaseline'),
            },
            {
              name: 'target',
              type: 'number',
              validate: validateNumber,
              label: translated('practices:qualityIndicatorsTarget'),
            },
            {
              name: 'measured',
              type: 'number',
              validate: validateNumber,
              label: translated('practices:qualityIndicatorsMeasured'),
            },
            {
              name: 'unit',
              type: 'text',
              maxLength: 40,
              label: translated('practices:qualityIndicatorsUnit'),
            },
          ],
        },
      ],
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
