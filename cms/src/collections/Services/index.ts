import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isContentManager } from '../../access/isContentManager'
import { readServices } from '../../access/readServices'
import { readServiceVersions } from '../../access/readServiceVersions'
import { updateServices } from '../../access/updateServices'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { assignServiceUnit } from './hooks/assignServiceUnit'
import { checkServiceLocation } from './hooks/checkServiceLocation'
import { serviceFields } from './serviceFields'

/**
 * A unit's regular services (Carta dei Servizi): members propose them for their own unit, a
 * validator whose subtree holds the unit confirms them (a one-step chain, `cms/src/workflow.ts`).
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: translated('services:singular'),
    plural: translated('services:plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'status', 'workflow.stage', 'updatedAt'],
    group: translated('groups:catalogue'),
    listSearchableFields: ['name'],
    description: translated('services:collectionHelp'),
  },
  disableDuplicate: true,
  versions: {
    drafts: { validate: true },
    maxPerDoc: 20,
  },
  access: {
    create: authenticated,
    read: readServices,
    update: updateServices,
    delete: isContentManager,
    readVersions: readServiceVersions,
  },
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Services.fields)(args),
    ],
    beforeValidate: [assignServiceUnit, checkServiceLocation],
    beforeChange: [notifySite.beforeChange],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: serviceFields,
}
