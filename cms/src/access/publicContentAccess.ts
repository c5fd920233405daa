import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isContentManager } from './isContentManager'

/** Help and catalogue content (FAQ, guides, themes): anyone reads it, content managers keep it. */
export const publicContentAccess = {
  create: isContentManager,
  read: anyone,
  update: isContentManager,
  delete: isContentManager,
  readVersions: isContentManager,
} satisfies CollectionConfig['access']
