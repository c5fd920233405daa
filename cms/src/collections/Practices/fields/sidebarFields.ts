import type { Field, Validate } from 'payload'

import { relationship } from 'payload/shared'

import { isAdminField } from '../../../access/isAdminField'
import { requiredUnlessDraft } from '../../../fields/requiredUnlessDraft'
import { slugField } from '../../../fields/slugField'
import { LOCALES } from '../../../contract'
import { translated } from '../../../i18n/translated'
import { ADAPTING_CONTEXT } from '../adapt/ADAPTING_CONTEXT'
import { publishedAtField } from '../publishedAtField'
import { recognitionFields } from '../recognition/recognitionFields'
import { validateOption } from '../../../fields/validators'
import { requiredForReview } from '../requiredForReview'

const nobodyField = () => false

/**
 * Outside the tabs: slug, status, unit, author, language and counters (the staged-approval
 * plugin adds its validation panel above them).
 */
export const sidebarFields: Field[] = [
  slugField('title'),
  {
    // Merged into Payload's own `_status` field, for its labels; the staged-approval plugin
    // makes it writable by the workflow alone.
    name: '_status',
    type: 'select',
    validate: validateOption,
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
    validate: requiredUnlessDraft(requiredForReview.unit, relationship as Validate),
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
  publishedAtField,
  {
    name: 'declareReplication',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/DeclareReplicationButton#DeclareReplicationButton' },
    },
  },
  ...recognitionFields,
  {
    // Similar published practices while writing or reviewing; "Adapt for my unit" once published.
    name: 'sharingPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/practiceSharing/PracticeSharingPanel#PracticeSharingPanel' },
    },
  },
  {
    // Written once, by POST /api/practices/:id/adapt: the published practice this one adapts.
    name: 'adaptedFrom',
    type: 'relationship',
    relationTo: 'practices',
    index: true,
    label: translated('practiceSharing:adaptedFrom'),
    access: { create: ({ req }) => req.context[ADAPTING_CONTEXT] === true, update: nobodyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: translated('practiceSharing:adaptedFromHelp'),
    },
  },
  {
    name: 'originalLanguage',
    type: 'select',
    validate: validateOption,
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
      {
        // Confirmed replications only (countConfirmedReplication).
        name: 'replicationCount',
        type: 'number',
        defaultValue: 0,
        index: true,
        label: translated('replications:replicationCount'),
        access: { create: nobodyField, update: nobodyField },
        admin: { readOnly: true },
      },
    ],
  },
]
