import type { CollectionConfig, Config, Plugin } from 'payload'

import { assertReadableMedia } from './assertReadableMedia'
import { syncMediaUse } from './syncMediaUse'
import { usesMedia } from './usesMedia'

const track = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug as Parameters<typeof syncMediaUse>[0]['collection']
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), assertReadableMedia],
      afterChange: [
        ...(hooks.afterChange ?? []),
        ({ doc, req }) => syncMediaUse({ collection: slug, id: doc.id, req }).then(() => doc),
      ],
      afterDelete: [
        ...(hooks.afterDelete ?? []),
        ({ doc, req }) => syncMediaUse({ collection: slug, id: doc.id, req }).then(() => doc),
      ],
    },
  }
}

/**
 * Every collection that can use an upload (upload fields, rich text) keeps the files' usage
 * current, whichever route writes it: files follow their item (SECURITY.md §11). Runs last so
 * it also sees collections and fields other plugins add.
 */
export const mediaUsePlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'media' && usesMedia(collection.fields) ? track(collection) : collection,
  ),
})
