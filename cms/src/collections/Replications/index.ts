import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { readReplications } from '../../access/readReplications'
import { readReplicationVersions } from '../../access/readReplicationVersions'
import { updateOwnUnitReplications } from '../../access/updateOwnUnitReplications'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { recountReplicationsAfterCommit } from '../../practices/recountReplicationsAfterCommit'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { replicationFields } from './fields'
import { answerDuplicateKey } from './hooks/answerDuplicateKey'
import { checkLinkedPractice } from './hooks/checkLinkedPractice'
import { checkReplicationDates } from './hooks/checkReplicationDates'
import { declareReplication } from './hooks/declareReplication'
import { deleteReplicationMeasurements } from './hooks/deleteReplicationMeasurements'
import { submitDeclaration } from './hooks/submitDeclaration'

/**
 * DESIGN.md "Replication": a unit declares it is doing another unit's published practice; it is
 * public once a validator above that unit confirms it (the staged-approval plugin, one step,
 * `cms/src/workflow.ts`), and only then counts in the origin's replicationCount (distinct units, with published adaptations).
 */
export const Replications: CollectionConfig = {
  slug: 'replications',
  labels: {
    singular: translated('replications:singular'),
    plural: translated('replications:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'unit', 'workflow.stage', 'updatedAt'],
    group: translated('groups:catalogue'),
    description: translated('replications:collectionHelp'),
  },
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
  indexes: [{ fields: ['practice', 'unit'] }],
  access: {
    create: authenticated,
    read: readReplications,
    update: updateOwnUnitReplications,
    delete: isAdmin,
    readVersions: readReplicationVersions,
  },
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Replications.fields)(args),
    ],
    beforeChange: [declareReplication, checkLinkedPractice, checkReplicationDates, notifySite.beforeChange],
    afterChange: [submitDeclaration, notifySite.afterChange],
    beforeDelete: [deleteReplicationMeasurements],
    afterDelete: [
      async ({ doc, req }) => {
        if (doc._status === 'published') await recountReplicationsAfterCommit({ practice: doc.practice, req })
        return doc
      },
      notifySite.afterDelete,
    ],
    afterError: [answerDuplicateKey],
  },
  fields: replicationFields,
}
