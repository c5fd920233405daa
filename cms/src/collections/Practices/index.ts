import type { CollectionConfig, Field, Validate } from 'payload'

import { relationship, select, text, textarea } from 'payload/shared'

import { authenticated } from '../../access/authenticated'
import { canReadContact } from '../../access/canReadContact'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { isOwnPractice } from '../../access/isOwnPractice'
import { readPractices } from '../../access/readPractices'
import { readPracticeVersions } from '../../access/readPracticeVersions'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { requiredUnlessDraft } from '../../fields/requiredUnlessDraft'
import { slugField } from '../../fields/slugField'
import { validateEmail, validateNumber, validatePhone, validateUrl } from '../../fields/validators'
import { LOCALES } from '../../i18n/label'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import {
  activityStatusLabels,
  assessmentLabels,
  criterionLabels,
  targetGroupLabels,
} from '../../i18n/optionLabels'
import { ACTIVITY_STATUSES, CRITERIA, CURRENCIES, TARGET_GROUPS } from '../../utilities/practiceOptions'
import { assignAuthorAndUnit } from './hooks/assignAuthorAndUnit'
import { validateEndDate } from './validateActivityDates'
import { validateCurrency } from './validateCosts'

const nobodyField = () => false

const contactField = (name: string, field: Partial<Field>): Field =>
  ({
    name,
    type: 'text',
    access: { read: canReadContact },
    ...field,
  }) as Field

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: translated('practices:singular'),
    plural: translated('practices:plural'),
  },
  admin: {
    useAsTitle: 'title',
    components: {
      edit: {
        PublishButton: '/components/NoPublishButton#NoPublishButton',
        UnpublishButton: '/components/NoPublishButton#NoPublishButton',
      },
    },
    defaultColumns: ['title', 'unit', 'themes', 'workflow.stage', 'updatedAt'],
    group: translated('groups:catalogue'),
    listSearchableFields: ['title', 'summary'],
    description: translated('practices:collectionHelp'),
  },
  // A copy would carry the contact person's details (consented or not) and the original's
  // content into someone else's draft: replication gets its own flow later.
  disableDuplicate: true,
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
  access: {
    create: authenticated,
    read: readPractices,
    update: isOwnPractice,
    delete: isAdmin,
    readVersions: readPracticeVersions,
  },
  hooks: {
    beforeOperation: [
      // Members' writes (the submission form saves each step); staff are not limited.
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Practices.fields)(args),
    ],
    beforeChange: [assignAuthorAndUnit, notifySite.beforeChange],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: translated('practices:tabPractice'),
          fields: [
            {
              name: 'title',
              type: 'text',
              localized: true,
              maxLength: 160,
              label: translated('practices:title'),
              validate: requiredUnlessDraft('Give the practice a title.', text as Validate),
            },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              label: translated('practices:summary'),
              admin: {
                description: translated('practices:summaryHelp'),
              },
              validate: requiredUnlessDraft('Write a short summary.', textarea as Validate),
            },
            {
              name: 'description',
              type: 'richText',
              localized: true,
              label: translated('practices:description'),
              validate: requiredUnlessDraft('Describe the practice.'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'themes',
                  type: 'relationship',
                  relationTo: 'themes',
                  hasMany: true,
                  maxRows: 6,
                  label: translated('practices:themes'),
                  validate: requiredUnlessDraft('Choose at least one theme.', relationship as Validate),
                },
                {
                  name: 'targetGroups',
                  type: 'select',
                  hasMany: true,
                  options: TARGET_GROUPS.map((value) => ({ value, label: targetGroupLabels[value] })),
                  label: translated('practices:targetGroups'),
                  validate: requiredUnlessDraft('Choose at least one target group.', select as Validate),
                },
              ],
            },
            {
              name: 'objectives',
              type: 'array',
              localized: true,
              maxRows: 12,
              label: translated('practices:objectives'),
              labels: {
                singular: translated('practices:objectivesSingular'),
                plural: translated('practices:objectivesPlural'),
              },
              fields: [
                {
                  name: 'objective',
                  type: 'text',
                  required: true,
                  maxLength: 300,
                  label: translated('practices:objectivesObjective'),
                },
              ],
            },
            {
              name: 'innovation',
              type: 'textarea',
              localized: true,
              maxLength: 2000,
              label: translated('practices:innovation'),
            },
            {
              name: 'technologies',
              type: 'textarea',
              localized: true,
              maxLength: 1000,
              label: translated('practices:technologies'),
            },
            {
              name: 'replicability',
              type: 'textarea',
              localized: true,
              maxLength: 2000,
              label: translated('practices:replicability'),
              admin: {
                description: translated('practices:replicabilityHelp'),
              },
            },
          ],
        },
        {
          label: translated('practices:tabResults'),
          fields: [
            {
              name: 'qualityIndicators',
              type: 'array',
              maxRows: 12,
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
                      options: [
                        { value: 'oneOff', label: translated('practices:costsPeriodOneOff') },
                        { value: 'monthly', label: translated('practices:costsPeriodMonthly') },
                        { value: 'yearly', label: translated('practices:costsPeriodYearly') },
                      ],
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
        },
        {
          label: translated('practices:tabMaterial'),
          fields: [
            {
              name: 'links',
              type: 'array',
              maxRows: 10,
              label: translated('practices:links'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'label',
                      type: 'text',
                      required: true,
                      maxLength: 120,
                      label: translated('practices:linksLabel'),
                    },
                    {
                      name: 'url',
                      type: 'text',
                      required: true,
                      maxLength: 500,
                      validate: validateUrl,
                      label: 'URL',
                    },
                  ],
                },
              ],
            },
            {
              name: 'coverImage',
              type: 'upload',
              relationTo: 'media',
              label: translated('practices:coverImage'),
            },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              maxRows: 10,
              label: translated('practices:attachments'),
            },
            {
              name: 'contact',
              type: 'group',
              label: translated('practices:contact'),
              admin: {
                description: translated('practices:contactHelp'),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    contactField('name', { maxLength: 120, label: translated('practices:contactName') }),
                    contactField('role', { maxLength: 120, label: translated('practices:contactRole') }),
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    contactField('email', { maxLength: 254, validate: validateEmail, label: 'E-mail' }),
                    contactField('phone', {
                      maxLength: 32,
                      validate: validatePhone,
                      label: translated('practices:contactPhone'),
                    }),
                  ],
                },
                {
                  name: 'consent',
                  type: 'checkbox',
                  defaultValue: false,
                  label: translated('practices:contactConsent'),
                },
              ],
            },
          ],
        },
        {
          label: translated('practices:tabSelfAssessment'),
          description: translated('practices:tabSelfAssessmentHelp'),
          fields: [
            {
              name: 'selfAssessment',
              type: 'group',
              label: false,
              fields: [
                ...CRITERIA.map((criterion): Field => ({
                  name: criterion,
                  type: 'select',
                  options: Object.entries(assessmentLabels).map(([value, text]) => ({ value, label: text })),
                  label: criterionLabels[criterion],
                })),
                {
                  name: 'notes',
                  type: 'textarea',
                  localized: true,
                  maxLength: 2000,
                  label: translated('practices:selfAssessmentNotes'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/WorkflowPanel#WorkflowPanel' } },
    },
    slugField('title'),
    {
      // Merged into Payload's own `_status` field, for its labels; the staged-approval plugin
      // makes it writable by the workflow alone.
      name: '_status',
      type: 'select',
      label: translated('practices:status'),
      options: [
        { value: 'draft', label: translated('practices:statusDraft') },
        { value: 'published', label: translated('practices:statusPublished') },
      ],
      admin: { hidden: true },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: translated('practices:unit'),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: translated('practices:unitHelp'),
      },
      validate: requiredUnlessDraft('A practice belongs to a unit.', relationship as Validate),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: translated('practices:author'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'originalLanguage',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: value.toUpperCase() })),
      defaultValue: ({ req }) =>
        req.locale && req.locale !== 'all' ? req.locale : (process.env.DEFAULT_LOCALE ?? 'it'),
      label: translated('practices:originalLanguage'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'likeCount',
          type: 'number',
          defaultValue: 0,
          label: translated('practices:likeCount'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
        {
          name: 'commentCount',
          type: 'number',
          defaultValue: 0,
          label: translated('practices:commentCount'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
