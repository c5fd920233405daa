import type { Field } from 'payload'

import { isAdminField } from '../../access/isAdminField'
import { isDeskOfficerOrAdminField } from '../../access/isDeskOfficerOrAdminField'
import { nobodyField } from '../../access/nobodyField'
import { SUPPORT_PROGRESS } from '../../contract/supportProgress'
import { supportProgressLabels } from '../../contract/supportProgressLabels'
import { SUPPORT_REQUEST_LIMITS } from '../../contract/supportRequestLimits'
import { SUPPORT_REQUEST_TYPES } from '../../contract/supportRequestTypes'
import { supportRequestTypeLabels } from '../../contract/supportRequestTypeLabels'
import { SUPPORT_URGENCIES } from '../../contract/supportUrgencies'
import { supportUrgencyLabels } from '../../contract/supportUrgencyLabels'
import { validateOption } from '../../fields/validators'
import { translated } from '../../i18n/translated'
import { validateDeskOfficer } from './validateDeskOfficer'

const serverSet = { create: nobodyField, update: nobodyField }

/** A support request: what the unit asks for, and — once the desk accepts it — how it goes. */
export const supportRequestFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: SUPPORT_REQUEST_LIMITS.title,
    label: translated('supportRequests:title'),
    admin: { description: translated('supportRequests:titleHelp') },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'type',
        type: 'select',
        required: true,
        options: SUPPORT_REQUEST_TYPES.map((value) => ({ value, label: supportRequestTypeLabels[value] })),
        validate: validateOption,
        label: translated('supportRequests:type'),
      },
      {
        name: 'urgency',
        type: 'select',
        required: true,
        defaultValue: 'normal',
        options: SUPPORT_URGENCIES.map((value) => ({ value, label: supportUrgencyLabels[value] })),
        validate: validateOption,
        label: translated('supportRequests:urgency'),
      },
    ],
  },
  {
    name: 'description',
    type: 'textarea',
    maxLength: SUPPORT_REQUEST_LIMITS.description,
    label: translated('supportRequests:description'),
    admin: { description: translated('supportRequests:descriptionHelp') },
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    maxRows: SUPPORT_REQUEST_LIMITS.attachments,
    label: translated('supportRequests:attachments'),
    admin: { description: translated('supportRequests:attachmentsHelp') },
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    index: true,
    label: translated('supportRequests:unit'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true, description: translated('supportRequests:unitHelp') },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: translated('supportRequests:author'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'deskOfficer',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: translated('supportRequests:deskOfficer'),
    filterOptions: { roles: { in: ['deskOfficer'] } },
    validate: validateDeskOfficer,
    access: { create: nobodyField, update: isDeskOfficerOrAdminField },
    admin: { position: 'sidebar', description: translated('supportRequests:deskOfficerHelp') },
  },
  {
    // The assigned officer's display name, written with the assignment: the requesting unit
    // reads it without reading the desk's accounts.
    name: 'deskOfficerName',
    type: 'text',
    maxLength: 200,
    label: translated('supportRequests:deskOfficerName'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'progress',
    type: 'select',
    options: SUPPORT_PROGRESS.map((value) => ({ value, label: supportProgressLabels[value] })),
    validate: validateOption,
    label: translated('supportRequests:progress'),
    access: { create: nobodyField, update: isDeskOfficerOrAdminField },
    admin: { position: 'sidebar', description: translated('supportRequests:progressHelp') },
  },
  {
    name: 'progressNotes',
    type: 'array',
    maxRows: SUPPORT_REQUEST_LIMITS.notes,
    label: translated('supportRequests:progressNotes'),
    labels: {
      singular: translated('supportRequests:progressNote'),
      plural: translated('supportRequests:progressNotes'),
    },
    access: { create: nobodyField, update: isDeskOfficerOrAdminField },
    admin: { description: translated('supportRequests:progressNotesHelp'), readOnly: true },
    fields: [
      { name: 'date', type: 'date', required: true, label: translated('supportRequests:noteDate') },
      {
        name: 'note',
        type: 'textarea',
        required: true,
        maxLength: SUPPORT_REQUEST_LIMITS.note,
        label: translated('supportRequests:note'),
      },
      {
        name: 'author',
        type: 'relationship',
        relationTo: 'users',
        label: translated('supportRequests:noteAuthor'),
        admin: { readOnly: true },
      },
      {
        name: 'authorName',
        type: 'text',
        maxLength: 200,
        label: translated('supportRequests:noteAuthorName'),
        admin: { readOnly: true },
      },
    ],
  },
  {
    // Set when the desk moved the progress and the requester chose the daily digest
    // (notificationMode 'daily'): the daily run (runSupportProgressDigest) tells them and clears it.
    name: 'requesterDigestPending',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { read: isAdminField, create: nobodyField, update: nobodyField },
    admin: { hidden: true },
  },
  {
    name: 'deskPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/SupportRequestDeskPanel#SupportRequestDeskPanel' },
    },
  },
]
