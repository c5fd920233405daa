import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

/** The warnings Mongoose emits (process.emitWarning) while `run` runs. */
const warningsDuring = async (run: () => Promise<void> | void): Promise<string[]> => {
  const warnings: string[] = []
  const emitWarning = process.emitWarning
  process.emitWarning = ((warning: Error | string) => {
    warnings.push(typeof warning === 'string' ? warning : warning.message)
  }) as typeof process.emitWarning
  try {
    await run()
  } finally {
    process.emitWarning = emitWarning
  }
  return warnings.filter((warning) => warning.includes('reserved schema pathname'))
}

type CompiledAdapter = {
  init: () => Promise<void>
  collections: Record<
    string,
    {
      schema: { indexes: () => [Record<string, 1>, { unique?: boolean }][] }
      collection: Record<string, unknown>
    }
  >
}

const loadConfig = async () => {
  process.env.DATABASE_URL = 'mongodb://localhost:27017/redcloud?replicaSet=rs0'
  return (await import('../src/payload.config')).default
}

/**
 * The schemas the MongoDB adapter builds from a configuration, compiled by Mongoose on a
 * connection that is never opened (no server needed).
 */
const compileMongoModels = async (config: SanitizedConfig) => {
  // What of Payload the adapter reads while it builds schemas: the config and each collection's id type.
  const payload = {
    config,
    collections: Object.fromEntries(
      config.collections.map((collection) => [
        collection.slug,
        {
          config: collection,
          // as Payload works it out: the type of a field named id, if the collection has one
          customIDType: collection.flattenedFields.find((field) => field.name === 'id')?.type,
        },
      ]),
    ),
    db: {},
  }
  const adapter = config.db.init({ payload: payload as never }) as unknown as CompiledAdapter
  const warnings = await warningsDuring(() => adapter.init())
  return { adapter, warnings }
}

/** RedCloud's configuration as it was, with the events' item collection in a field named `collection`. */
const withFieldNamedCollection = (config: SanitizedConfig): SanitizedConfig => {
  const rename = <T extends object>(field: T): T =>
    'name' in field && field.name === 'itemCollection' ? { ...field, name: 'collection' } : field
  return {
    ...config,
    collections: config.collections.map((collection) =>
      collection.slug === 'workflow-events'
        ? {
            ...collection,
            fields: collection.fields.map(rename),
            flattenedFields: collection.flattenedFields.map(rename),
          }
        : collection,
    ),
  }
}

describe('MongoDB schemas', () => {
  it('the check sees a reserved path name when there is one (the old field name)', async () => {
    const { warnings } = await compileMongoModels(withFieldNamedCollection(await loadConfig()))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^`collection` is a reserved schema pathname/)
  })

  it('no field uses a path name Mongoose reserves; the events keep their unique (itemCollection, document, revision) index', async () => {
    const { adapter, warnings } = await compileMongoModels(await loadConfig())
    expect(warnings).toEqual([])
    const events = adapter.collections['workflow-events']!
    const indexes = events.schema.indexes()
    expect(indexes).toContainEqual([
      { itemCollection: 1, document: 1, revision: 1 },
      expect.objectContaining({ unique: true }),
    ])
    // what the MongoDB migration (eventItemCollectionMongoMigration) calls on it
    for (const method of ['indexes', 'dropIndex', 'updateMany', 'createIndex'])
      expect(typeof events.collection[method], method).toBe('function')
  })
})
