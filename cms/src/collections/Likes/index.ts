import type { Access, CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { assertPublishedPractice } from '../../utilities/assertPublishedPractice'
import { idOf } from '../../contract/idOf'
import { moveCounterAfterCommit } from '../../practices/moveCounterAfterCommit'

/** Who liked what is personal: people see their own likes; the site shows counts only. */
const isOwnLike: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { user: { equals: req.user.id } }
}

export const Likes: CollectionConfig = {
  slug: 'likes',
  labels: {
    singular: translated('likes:singular'),
    plural: translated('likes:plural'),
  },
  admin: {
    defaultColumns: ['practice', 'user', 'createdAt'],
    group: translated('groups:participation'),
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
  },
  // One like per person and practice, enforced by the database itself.
  indexes: [{ fields: ['user', 'practice'], unique: true }],
  access: {
    create: authenticated,
    read: isOwnLike,
    update: nobody,
    delete: isOwnLike,
    readVersions: isAdmin,
  },
  hooks: {
    beforeOperation: [rateLimitOperations({ limits: { create: 'likes', delete: 'likes' } })],
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        await assertPublishedPractice({ collection: 'likes', practice: data.practice, req })
        if (!req.user) return data
        // The unique index is the guarantee; this check only gives the usual case a clear message.
        const { totalDocs } = await req.payload.count({
          collection: 'likes',
          req,
          where: { and: [{ user: { equals: req.user.id } }, { practice: { equals: idOf(data.practice) } }] },
        })
        if (totalDocs > 0) {
          throw new ValidationError({
            collection: 'likes',
            errors: [{ path: 'practice', message: 'You already like this practice.' }],
            req,
          })
        }
        return { ...data, user: req.user.id }
      },
    ],
    // Likes are never updated (update: nobody), so only a creation and a deletion count.
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create')
          await moveCounterAfterCommit({ by: 1, counter: 'likeCount', practice: doc.practice, req })
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        await moveCounterAfterCommit({ by: -1, counter: 'likeCount', practice: doc.practice, req })
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
      label: translated('likes:practice'),
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { create: ({ req }) => hasRole(req.user, 'admin') },
      label: translated('likes:user'),
    },
  ],
}
