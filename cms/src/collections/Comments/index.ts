import type { Access, CollectionConfig, FieldAccess, TextareaFieldValidation } from 'payload'

import { textarea } from 'payload/shared'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isContentManager } from '../../access/isContentManager'
import { readComments } from '../../access/readComments'
import { COMMENT_MAX_LENGTH } from '../../contract/commentLimits'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { moveCounterAfterCommit } from '../../practices/moveCounterAfterCommit'
import { notifyAuthorOfComment } from '../../notifications/notifyAuthorOfComment'
import { reportComment } from './endpoints/reportComment'
import { enforceEditWindow } from './hooks/enforceEditWindow'
import { validateOption } from '../../fields/validators'
import { stampComment } from './hooks/stampComment'

const isOwnComment: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  return { author: { equals: req.user.id } }
}

const isModerator: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'contentManager')

const isSignedIn: FieldAccess = ({ req }) => Boolean(req.user)

/** Plain text only: Payload's own textarea check lets numbers and objects through. */
const validateBody: TextareaFieldValidation = (value, options) =>
  value === null || value === undefined || typeof value === 'string'
    ? textarea(value, options)
    : 'The comment must be text.'

export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: translated('comments:singular'),
    plural: translated('comments:plural'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'practice', 'authorName', 'authorUnitName', 'state', 'reportCount', 'createdAt'],
    group: translated('groups:participation'),
    description: translated('comments:collectionHelp'),
  },
  access: {
    create: authenticated,
    read: readComments,
    update: isOwnComment,
    delete: isOwnComment,
    readVersions: isContentManager,
  },
  endpoints: [reportComment],
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'comments', update: 'comments' },
        isExempt: (user) => hasRole(user, 'admin', 'contentManager'),
      }),
      (args) => guardHiddenFieldSort(Comments.fields)(args),
    ],
    beforeChange: [
      stampComment,
      enforceEditWindow,
      notifyAuthorOfComment,
      // The count is what the admin list shows and filters on: it follows the reports themselves.
      ({ data }) => (Array.isArray(data.reports) ? { ...data, reportCount: data.reports.length } : data),
    ],
    // commentCount counts visible comments: it moves when one appears or disappears.
    afterChange: [
      async ({ doc, operation, previousDoc, req }) => {
        const was = operation === 'create' ? 0 : Number(previousDoc?.state === 'visible')
        const by = Number(doc.state === 'visible') - was
        await moveCounterAfterCommit({ by, counter: 'commentCount', practice: doc.practice, req })
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        const by = -Number(doc.state === 'visible')
        await moveCounterAfterCommit({ by, counter: 'commentCount', practice: doc.practice, req })
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'practice',
      type: 'relationship',
      relationTo: 'practices',
      required: true,
      index: true,
      access: { update: () => false },
      label: translated('comments:practice'),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: COMMENT_MAX_LENGTH,
      validate: validateBody,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
      label: translated('comments:body'),
      admin: {
        description: translated('comments:bodyHelp'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          // Signed-in readers need it to find their own comments; anonymous ones get names only.
          access: { read: isSignedIn, create: isModerator, update: () => false },
          admin: { readOnly: true },
          label: translated('comments:author'),
        },
        {
          name: 'authorName',
          type: 'text',
          maxLength: 80,
          access: { create: isModerator, update: () => false },
          admin: { readOnly: true },
          label: translated('comments:authorName'),
        },
        {
          name: 'authorUnitName',
          type: 'text',
          maxLength: 120,
          access: { create: isModerator, update: () => false },
          admin: { readOnly: true },
          label: translated('comments:authorUnitName'),
        },
        {
          name: 'state',
          type: 'select',
          validate: validateOption,
          required: true,
          defaultValue: 'visible',
          index: true,
          access: { create: isModerator, update: isModerator },
          options: [
            { value: 'visible', label: translated('comments:stateVisible') },
            { value: 'hidden', label: translated('comments:stateHidden') },
          ],
          label: translated('comments:state'),
        },
      ],
    },
    {
      name: 'reportCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: { read: isModerator, create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: translated('comments:reportCount'),
    },
    {
      name: 'reports',
      type: 'array',
      access: { read: isModerator, create: () => false, update: isModerator },
      label: translated('comments:reports'),
      fields: [
        { name: 'reporter', type: 'relationship', relationTo: 'users' },
        { name: 'reason', type: 'text', maxLength: 300 },
        { name: 'reportedAt', type: 'date' },
      ],
    },
    // Set by the server for the daily digest (notifications/runActivityDigest), cleared once sent.
    ...(['authorDigestPending', 'moderatorDigestPending'] as const).map((name) => ({
      name,
      type: 'checkbox' as const,
      defaultValue: false,
      index: true,
      access: { read: isModerator, create: () => false, update: () => false },
      admin: { hidden: true },
    })),
  ],
}
