import type { CollectionConfig, Validate } from 'payload'

import { textarea } from 'payload/shared'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isOwnPractice } from '../../access/isOwnPractice'
import { isSignedInField } from '../../access/isSignedInField'
import { nobodyField } from '../../access/nobodyField'
import { readMeasurements } from '../../access/readMeasurements'
import { readMeasurementVersions } from '../../access/readMeasurementVersions'
import { MEASUREMENT_LIMITS } from '../../contract/measurementLimits'
import { validateNumber } from '../../fields/validators'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { stampMeasurement } from './hooks/stampMeasurement'

/** Plain text only: Payload's own textarea check lets numbers and objects through. */
const validateSource: Validate = (value, options) =>
  value === null || value === undefined || typeof value === 'string'
    ? (textarea as Validate)(value, options)
    : 'The source must be text.'

/**
 * Values of a published practice's indicators over time. Added by the practice's author or a
 * member of its unit, each goes live when a validator of the unit confirms it (the
 * staged-approval plugin, one step: `cms/src/workflow.ts`), without reviewing the practice again.
 * A replication's measurements are the replicating unit's, of the origin's indicators: confirmed
 * the same way by the validators above that unit, public only once the replication is confirmed too.
 */
export const Measurements: CollectionConfig = {
  slug: 'measurements',
  labels: {
    singular: translated('measurements:singular'),
    plural: translated('measurements:plural'),
  },
  defaultSort: '-date',
  admin: {
    useAsTitle: 'indicatorKey',
    defaultColumns: ['practice', 'indicatorKey', 'date', 'value', 'workflow.stage'],
    group: translated('groups:catalogue'),
    description: translated('measurements:collectionHelp'),
  },
  versions: {
    drafts: { validate: true },
    maxPerDoc: 20,
  },
  access: {
    create: authenticated,
    read: readMeasurements,
    // Their author edits them (as drafts, through the plugin); admins any.
    update: isOwnPractice,
    delete: isAdmin,
    readVersions: readMeasurementVersions,
  },
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Measurements.fields)(args),
    ],
    beforeChange: [stampMeasurement, notifySite.beforeChange],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: [
    {
      name: 'practice',
      type: 'relationship',
      relationTo: 'practices',
      required: true,
      index: true,
      access: { update: nobodyField },
      label: translated('measurements:practice'),
    },
    {
      // A replicating unit's figures for the origin practice's indicators (stampMeasurement).
      name: 'replication',
      type: 'relationship',
      relationTo: 'replications',
      index: true,
      access: { update: nobodyField },
      label: translated('measurements:replication'),
      admin: { description: translated('measurements:replicationHelp') },
    },
    {
      name: 'indicatorKey',
      type: 'text',
      required: true,
      index: true,
      maxLength: 64,
      label: translated('measurements:indicatorKey'),
      admin: { description: translated('measurements:indicatorKeyHelp') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: translated('measurements:date'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'value',
          type: 'number',
          required: true,
          validate: validateNumber,
          label: translated('measurements:value'),
        },
      ],
    },
    {
      name: 'source',
      type: 'textarea',
      maxLength: MEASUREMENT_LIMITS.sourceMaxLength,
      validate: validateSource,
      label: translated('measurements:source'),
      admin: { description: translated('measurements:sourceHelp') },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      label: translated('measurements:unit'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // Signed-in readers find their own; anonymous callers never learn who added a figure.
      access: { read: isSignedInField, create: nobodyField, update: nobodyField },
      label: translated('measurements:author'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
