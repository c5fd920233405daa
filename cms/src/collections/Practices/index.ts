import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isOwnPractice } from '../../access/isOwnPractice'
import { readPractices } from '../../access/readPractices'
import { readPracticeVersions } from '../../access/readPracticeVersions'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { materialTab } from './fields/materialTab'
import { practiceTab } from './fields/practiceTab'
import { resultsTab } from './fields/resultsTab'
import { selfAssessmentTab } from './fields/selfAssessmentTab'
import { sidebarFields } from './fields/sidebarFields'
import { invalidateSimilarityIndex } from '../../similarity/practiceSimilarityIndex'
import { adaptPractice } from './endpoints/adaptPractice'
import { contactAuthor } from './endpoints/contactAuthor'
import { similarPractices } from './endpoints/similarPractices'
import { assignAuthorAndUnit } from './hooks/assignAuthorAndUnit'
import { keepIndicatorKeys } from './hooks/keepIndicatorKeys'
import { keepLiveCounters } from './hooks/keepLiveCounters'
import { recountOriginOfAdaptation } from './hooks/recountOriginOfAdaptation'
import { recountOriginOfDeletedAdaptation } from './hooks/recountOriginOfDeletedAdaptation'
import { stampPublishedAt } from './hooks/stampPublishedAt'

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: translated('practices:singular'),
    plural: translated('practices:plural'),
  },
  admin: {
    useAsTitle: 'title',
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
  endpoints: [similarPractices, adaptPractice, contactAuthor],
  hooks: {
    beforeOperation: [
      // Members' writes (the submission form saves each step); staff are not limited.
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Practices.fields)(args),
    ],
    beforeChange: [
      assignAuthorAndUnit,
      keepIndicatorKeys,
      stampPublishedAt,
      keepLiveCounters,
      notifySite.beforeChange,
    ],
    afterChange: [
      notifySite.afterChange,
      recountOriginOfAdaptation,
      // What similar-practice answers read changed: rebuilt on the next question.
      ({ doc, previousDoc }) => {
        if (doc?._status === 'published' || previousDoc?._status === 'published') invalidateSimilarityIndex()
        return doc
      },
    ],
    afterDelete: [
      notifySite.afterDelete,
      recountOriginOfDeletedAdaptation,
      ({ doc }) => {
        invalidateSimilarityIndex()
        return doc
      },
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [practiceTab, resultsTab, materialTab, selfAssessmentTab],
    },
    ...sidebarFields,
  ],
}
