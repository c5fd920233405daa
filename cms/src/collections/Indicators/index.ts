import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContentAccess'
import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  indicatorAggregationLabels,
  indicatorDirectionLabels,
} from '../../contract'
import { slugField } from '../../fields/slugField'
import { notifySite } from '../../hooks/notifySite'
import { validateOption } from '../../fields/validators'
import { translated } from '../../i18n/translated'

/**
 * The indicator library: shared indicators practices pick from, so that their figures add up
 * across practices (`aggregation`). Anyone reads it; content managers keep it.
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: {
    singular: translated('indicators:singular'),
    plural: translated('indicators:plural'),
  },
  defaultSort: 'slug',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unitOfMeasure', 'direction', 'aggregation', 'themes'],
    group: translated('groups:catalogue'),
    description: translated('indicators:collectionHelp'),
  },
  access: publicContentAccess,
  hooks: { afterChange: [notifySite.afterChange], afterDelete: [notifySite.afterDelete] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: translated('indicators:name'),
    },
    slugField('name'),
    {
      name: 'definition',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: translated('indicators:definition'),
      admin: { description: translated('indicators:definitionHelp') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unitOfMeasure',
          type: 'text',
          localized: true,
          maxLength: 40,
          label: translated('indicators:unitOfMeasure'),
        },
        {
          name: 'direction',
          type: 'select',
          validate: validateOption,
          required: true,
          defaultValue: 'higher',
          options: INDICATOR_DIRECTIONS.map((value) => ({ value, label: indicatorDirectionLabels[value] })),
          label: translated('indicators:direction'),
        },
        {
          name: 'aggregation',
          type: 'select',
          validate: validateOption,
          required: true,
          defaultValue: 'sum',
          options: INDICATOR_AGGREGATIONS.map((value) => ({
            value,
            label: indicatorAggregationLabels[value],
          })),
          label: translated('indicators:aggregation'),
        },
      ],
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: translated('indicators:themes'),
    },
  ],
}
