import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { readSupportRequests } from '../../access/readSupportRequests'
import { readSupportRequestVersions } from '../../access/readSupportRequestVersions'
import { updateSupportRequests } from '../../access/updateSupportRequests'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { updateDeskWork } from './endpoints/updateDeskWork'
import { supportRequestFields } from './fields'
import { assignRequester } from './hooks/assignRequester'
import { guardDeskFields } from './hooks/guardDeskFields'

/**
 * DESIGN.md "Development Desk": a unit asks the National Committee for help. Its regional
 * committee endorses the request, the desk accepts it (the staged-approval plugin, two steps,
 * `supportRequestChain`), then follows it up with progress and notes. Never public.
 */
export const SupportRequests: CollectionConfig = {
  slug: 'support-requests',
  labels: {
    singular: translated('supportRequests:singular'),
    plural: translated('supportRequests:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'urgency', 'unit', 'workflow.stage', 'progress', 'updatedAt'],
    group: translated('groups:desk'),
    listSearchableFields: ['title'],
    description: translated('supportRequests:collectionHelp'),
  },
  disableDuplicate: true,
  // Never public, accepted or not: files it uses never become public (syncMediaUse).
  custom: { isPublicItem: () => false },
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
  access: {
    create: authenticated,
    read: readSupportRequests,
    update: updateSupportRequests,
    delete: isAdmin,
    readVersions: readSupportRequestVersions,
  },
  endpoints: [updateDeskWork],
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'deskOfficer', 'admin'),
      }),
      (args) => guardHiddenFieldSort(SupportRequests.fields)(args),
    ],
    beforeChange: [assignRequester, guardDeskFields],
  },
  fields: supportRequestFields,
}
