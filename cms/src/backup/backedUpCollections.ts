import type { CollectionSlug, Payload } from 'payload'

/**
 * Every collection, Payload's own included (preferences, jobs, document locks, key-value store),
 * except the migrations done: the target database records its own while it is migrated.
 */
export const backedUpCollections = (payload: Payload): CollectionSlug[] =>
  payload.config.collections
    .map((collection) => collection.slug)
    .filter((slug): slug is CollectionSlug => slug !== 'payload-migrations')
