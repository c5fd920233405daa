import type { Field } from 'payload'

import { canReadReplicationAuthor } from '../../access/canReadReplicationAuthor'
import { isAdminField } from '../../access/isAdminField'
import { REPLICATION_STATUSES } from '../../contract/replicationStatuses'
import { replicationStatusLabels } from '../../contract/replicationStatusLabels'
import { translated } from '../../i18n/translated'
import { validateOption } from '../../fields/validators'

const nobodyField = () => false

/** A replication's fields: what is replicated, by which unit, how far it has come. */
export const replicationFields: Field[] = [
  {
    // "<unit> → <practice>", written at the declaration: the name lists and e-mails show.
    name: 'title',
    type: 'text',
    maxLength: 300,
    label: translated('replications:title'),
    access: { create: nobodyField, update: nobodyField },
    admin: { readOnly: true },
  },
  {
    name: 'practice',
    type: 'relationship',
    relationTo: 'practices',
    required: true,
    index: true,
    label: translated('replications:practice'),
    admin: { description: translated('replications:practiceHelp') },
    access: { update: nobodyField },
  },
  {
    name: 'practiceFromQuery',
    type: 'ui',
    admin: { components: { Field: '/components/PracticeFromQuery#PracticeFromQuery' } },
  },
  {
    name: 'status',
    type: 'select',
    validate: validateOption,
    required: true,
    defaultValue: 'planned',
    options: REPLICATION_STATUSES.map((value) => ({ value, label: replicationStatusLabels[value] })),
    label: translated('replications:status'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'startDate',
        type: 'date',
        label: translated('replications:startDate'),
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'endDate',
        type: 'date',
        label: translated('replications:endDate'),
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
    ],
  },
  {
    name: 'adaptations',
    type: 'textarea',
    localized: true,
    maxLength: 4000,
    label: translated('replications:adaptations'),
    admin: { description: translated('replications:adaptationsHelp') },
  },
  {
    name: 'results',
    type: 'textarea',
    localized: true,
    maxLength: 4000,
    label: translated('replications:results'),
    admin: { description: translated('replications:resultsHelp') },
  },
  {
    name: 'linkedPractice',
    type: 'relationship',
    relationTo: 'practices',
    label: translated('replications:linkedPractice'),
    admin: { description: translated('replications:linkedPracticeHelp') },
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    index: true,
    label: translated('replications:unit'),
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, description: translated('replications:unitHelp') },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: translated('replications:author'),
    access: { read: canReadReplicationAuthor, create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // When a validator first confirmed it (written by the confirmation itself): "recently replicated".
    name: 'confirmedAt',
    type: 'date',
    index: true,
    label: translated('replications:confirmedAt'),
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // Set when the origin's author chose the daily digest (notificationMode 'daily'): the daily
    // run (notifications/runActivityDigest) tells them and clears it.
    name: 'authorDigestPending',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { read: isAdminField, create: nobodyField, update: nobodyField },
    admin: { hidden: true },
  },
  {
    // `<practice>:<unit>`, unique: the database itself keeps one replication per unit and practice.
    name: 'uniqueKey',
    type: 'text',
    unique: true,
    access: { read: isAdminField, create: nobodyField, update: nobodyField },
    admin: { hidden: true },
  },
]
