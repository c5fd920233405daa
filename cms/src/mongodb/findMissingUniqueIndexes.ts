import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import type { RequiredUniqueIndex } from './requiredUniqueIndexes'

type IndexInfo = { key?: Record<string, unknown>; unique?: boolean; partialFilterExpression?: unknown }

/** MongoDB answers NamespaceNotFound (26) when listing the indexes of a collection that does not exist. */
const NAMESPACE_NOT_FOUND = 26

const enforces = (index: IndexInfo, keys: string[]) => {
  const indexed = Object.keys(index.key ?? {})
  // A partial index leaves every document outside its filter unconstrained.
  return (
    index.unique === true &&
    !index.partialFilterExpression &&
    indexed.length === keys.length &&
    keys.every((key) => indexed.includes(key))
  )
}

/**
 * The required unique indexes the database does not have, read with listIndexes: an index counts
 * only when it is unique, not partial, and covers exactly the required keys.
 */
export const findMissingUniqueIndexes = async ({
  adapter,
  required,
}: {
  adapter: Pick<MongooseAdapter, 'collections' | 'connection'>
  required: RequiredUniqueIndex[]
}): Promise<(RequiredUniqueIndex & { collectionName: string })[]> => {
  const db = adapter.connection.db
  if (!db) throw new Error('MongoDB is not connected: cannot list its indexes.')
  const byCollection = new Map<string, IndexInfo[]>()
  const missing: (RequiredUniqueIndex & { collectionName: string })[] = []
  for (const requirement of required) {
    const model = adapter.collections[requirement.collection]
    if (!model)
      throw new Error(`The MongoDB adapter has no model for the collection "${requirement.collection}".`)
    const collectionName = model.collection.collectionName
    let indexes = byCollection.get(collectionName)
    if (!indexes) {
      try {
        indexes = (await db.collection(collectionName).listIndexes().toArray()) as IndexInfo[]
      } catch (error) {
        if ((error as { code?: number }).code !== NAMESPACE_NOT_FOUND) throw error
        indexes = []
      }
      byCollection.set(collectionName, indexes)
    }
    if (!indexes.some((index) => enforces(index, requirement.keys)))
      missing.push({ ...requirement, collectionName })
  }
  return missing
}
