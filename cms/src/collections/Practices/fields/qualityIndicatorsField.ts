import type { ArrayField, Condition } from 'payload'

import { idOf } from '../../../contract/idOf'
import { PRACTICE_MAX_ROWS } from '../../../contract'
import { validateNumber } from '../../../fields/validators'
import { translated } from '../../../i18n/translated'
import { validateCustomName } from '../indicators/validateCustomName'
import { validateIndicatorPick } from '../indicators/validateIndicatorPick'

const isCustomRow = (siblingData: unknown) =>
  idOf((siblingData as { indicator?: unknown } | null)?.indicator) === null

const customOnly: Condition = (_data, siblingData) => isCustomRow(siblingData)

/**
 * A practice's indicators: each a pick from the library (`indicator`) or one of its own
 * (`custom`, named here), with a baseline and a target. `key` identifies the row for its
 * measurements (`keepIndicatorKeys`); `custom` is computed, never taken from the request.
 */
export const qualityIndicatorsField: ArrayField = {
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
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'relationship',
          relationTo: 'indicators',
          validate: validateIndicatorPick,
          label: translated('practices:qualityIndicatorsIndicator'),
          admin: { description: translated('practices:qualityIndicatorsIndicatorHelp'), width: '50%' },
        },
        {
          name: 'custom',
          type: 'checkbox',
          defaultValue: true,
          label: translated('practices:qualityIndicatorsCustom'),
          hooks: { beforeChange: [({ siblingData }) => isCustomRow(siblingData)] },
          admin: { readOnly: true, width: '20%' },
        },
        {
          name: 'key',
          type: 'text',
          maxLength: 64,
          label: translated('practices:qualityIndicatorsKey'),
          admin: { readOnly: true, width: '30%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: 200,
          localized: true,
          validate: validateCustomName,
          label: translated('practices:qualityIndicatorsName'),
          admin: { condition: customOnly },
        },
        {
          name: 'unit',
          type: 'text',
          maxLength: 40,
          label: translated('practices:qualityIndicatorsUnit'),
          // Library rows use the library's unit of measure.
          hooks: { beforeChange: [({ siblingData, value }) => (isCustomRow(siblingData) ? value : null)] },
          admin: { condition: customOnly },
        },
      ],
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
          name: 'baselineDate',
          type: 'date',
          label: translated('practices:qualityIndicatorsBaselineDate'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'target',
          type: 'number',
          validate: validateNumber,
          label: translated('practices:qualityIndicatorsTarget'),
        },
        {
          name: 'targetDate',
          type: 'date',
          label: translated('practices:qualityIndicatorsTargetDate'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
  ],
}
