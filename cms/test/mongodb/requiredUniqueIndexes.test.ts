import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { BasePayload, buildConfig, type CollectionConfig, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { buildDatabaseAdapter } from '../../src/database'
import { requiredUniqueIndexes } from '../../src/mongodb/requiredUniqueIndexes'
import { payloadWithoutServer, REPLICA_SET_URL } from './payloadWithoutServer'

const asKeys = (list: { collection: string; keys: string[] }[]) =>
  list.map(({ collection, keys }) => `${collection}: ${keys.join(', ')}`).sort()

/** The unique indexes the adapter's own mongoose schemas declare, per collection (versions have none). */
const uniqueIndexesOfModels = (payload: Payload) => {
  const adapter = payload.db as unknown as MongooseAdapter
  return Object.entries(adapter.collections)
    .flatMap(([collection, model]) =>
      model.schema
        .indexes()
        .filter(([, options]) => (options as { unique?: boolean }).unique)
        .map(([key]) => ({ collection, keys: Object.keys(key) })),
    )
    .concat(
      Object.values(adapter.versions).flatMap((model) =>
        model.schema
          .indexes()
          .filter(([, options]) => (options as { unique?: boolean }).unique)
          .map(([key]) => ({ collection: `versions of ${model.modelName}`, keys: Object.keys(key) })),
      ),
    )
}

describe('the unique indexes RedCloud relies on, derived from the sanitized config', () => {
  it('are exactly those the MongoDB adapter builds for it, the workflow lock and the likes among them', async () => {
    const payload = await payloadWithoutServer()
    const required = requiredUniqueIndexes(payload.config)
    expect(asKeys(required)).toEqual(asKeys(uniqueIndexesOfModels(payload)))
    expect(asKeys(required)).toEqual(
      expect.arrayContaining([
        'workflow-events: itemCollection, document, revision',
        'likes: user, practice',
        'users: email',
        'media: filename',
        'payload-kv: key',
      ]),
    )
  })

  it('follow localized fields, groups, arrays, compound indexes and the upload filename index as the adapter does', async () => {
    const things: CollectionConfig = {
      slug: 'things',
      fields: [
        { name: 'code', type: 'text', unique: true },
        { name: 'title', type: 'text', localized: true, unique: true },
        { name: 'meta', type: 'group', fields: [{ name: 'ref', type: 'text', unique: true }] },
        {
          name: 'labels',
          type: 'group',
          localized: true,
          fields: [{ name: 'short', type: 'text', unique: true }],
        },
        { name: 'rows', type: 'array', fields: [{ name: 'sku', type: 'text', unique: true }] },
        {
          type: 'tabs',
          tabs: [{ name: 'extra', fields: [{ name: 'handle', type: 'text', unique: true }] }],
        },
        { name: 'a', type: 'text' },
        { name: 'b', type: 'text', localized: true },
      ],
      indexes: [{ fields: ['a', 'b'], unique: true }, { fields: ['a', 'code'] }],
    }
    const files: CollectionConfig = {
      slug: 'files',
      upload: { filenameCompoundIndex: ['filename', 'prefix'] },
      fields: [{ name: 'prefix', type: 'text' }],
    }
    const config = await buildConfig({
      secret: 'test',
      db: buildDatabaseAdapter(REPLICA_SET_URL),
      collections: [things, files],
      localization: { locales: ['it', 'en'], defaultLocale: 'it' },
      typescript: { autoGenerate: false },
    })
    const payload = await new BasePayload().init({ config, disableDBConnect: true, disableOnInit: true })
    const required = requiredUniqueIndexes(payload.config)
    expect(
      asKeys(required.filter((r) => r.collection.startsWith('things') || r.collection === 'files')),
    ).toEqual(
      [
        'things: code',
        'things: title.it',
        'things: title.en',
        'things: meta.ref',
        'things: labels.it.short',
        'things: labels.en.short',
        'things: rows.sku',
        'things: extra.handle',
        'things: a, b.it, b.en',
        'files: filename, prefix',
      ].sort(),
    )
    expect(asKeys(required)).toEqual(asKeys(uniqueIndexesOfModels(payload)))
  })

  it('refuses a unique field inside blocks, whose index it could not name', async () => {
    const config = await buildConfig({
      secret: 'test',
      db: buildDatabaseAdapter(REPLICA_SET_URL),
      collections: [
        {
          slug: 'pages',
          fields: [
            {
              name: 'layout',
              type: 'blocks',
              blocks: [{ slug: 'hero', fields: [{ name: 'anchor', type: 'text', unique: true }] }],
            },
          ],
        },
      ],
      typescript: { autoGenerate: false },
    })
    expect(() => requiredUniqueIndexes(config)).toThrow(/pages\.layout: a unique field inside blocks/)
  })
})
