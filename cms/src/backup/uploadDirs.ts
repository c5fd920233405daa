import type { Payload } from 'payload'

/** Each upload collection's folder on disk (its `upload.staticDir`), by collection slug. */
export const uploadDirs = (payload: Payload): Record<string, string> =>
  Object.fromEntries(
    payload.config.collections.flatMap((collection) =>
      collection.upload && collection.upload.staticDir
        ? [[collection.slug, collection.upload.staticDir]]
        : [],
    ),
  )
