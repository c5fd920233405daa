import type { CollectionConfig } from 'payload'

import { isContentManager } from '../../access/isContentManager'
import { readResources } from '../../access/readResources'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { requireFileOrLink } from './hooks/requireFileOrLink'
import { resourceFields } from './resourceFields'

/**
 * The Development Desk's toolbox. Public resources are on the site and in search; members-only
 * ones reach signed-in people only, and so do their files (`custom.isPublicItem` tells
 * `syncMediaUse` a members-only resource is no public use of its file).
 */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: {
    singular: translated('resources:singular'),
    plural: translated('resources:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'language', 'visibility', 'updatedAt'],
    group: translated('groups:desk'),
    listSearchableFields: ['title'],
    description: translated('resources:collectionHelp'),
  },
  access: {
    create: isContentManager,
    read: readResources,
    update: isContentManager,
    delete: isContentManager,
    readVersions: isContentManager,
  },
  custom: {
    isPublicItem: (doc: { visibility?: unknown }) => doc.visibility === 'public',
  },
  hooks: {
    beforeChange: [requireFileOrLink],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: resourceFields,
}
