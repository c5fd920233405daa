import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'
import {
  buildVersionCollectionFields,
  getQueryDraftsSort,
  type FlattenedField,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { loadAdapterModule } from './loadAdapterModule'
import { payloadWithoutServer } from './payloadWithoutServer'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

type SortParam = Record<string, 'asc' | 'desc'>
type BuildSortParam = (args: {
  adapter: MongooseAdapter
  config: Payload['config']
  fields: FlattenedField[]
  locale?: string
  sort?: string | string[]
  sortAggregation?: unknown[]
  timestamps: boolean
  versions?: boolean
}) => SortParam

let payload: Payload
let adapter: MongooseAdapter
let buildSortParam: BuildSortParam

beforeAll(async () => {
  payload = await payloadWithoutServer()
  adapter = payload.db as unknown as MongooseAdapter
  const sortModule = await loadAdapterModule<{ buildSortParam: BuildSortParam }>('queries/buildSortParam.js')
  buildSortParam = sortModule.buildSortParam
})

const collectionConfig = (slug: string) =>
  payload.config.collections.find((c) => c.slug === slug) as SanitizedCollectionConfig

type Read = 'find' | 'drafts' | 'versions'

/**
 * The sort the adapter sends to MongoDB for a sort on a collection: `find`, a draft read
 * (queryDrafts, on the latest versions) or `findVersions`, as those functions call buildSortParam.
 */
const mongoSort = ({
  collection,
  sort,
  read = 'find',
}: {
  collection: string
  sort: string
  read?: Read
}) => {
  const config = collectionConfig(collection)
  // REST splits `sort` on commas (sanitizeSortParams); a draft read prefixes the version's fields.
  const keys =
    read === 'drafts'
      ? getQueryDraftsSort({ collectionConfig: config, sort: sort.split(',') })
      : sort.split(',')
  return buildSortParam({
    adapter,
    config: payload.config,
    fields:
      read === 'find' ? config.flattenedFields : buildVersionCollectionFields(payload.config, config, true),
    locale: 'it',
    sort: keys as string[],
    sortAggregation: [],
    timestamps: true,
    versions: read !== 'find',
  })
}

/** Whether the model (or its versions) declares an index whose keys start with these. */
const hasIndex = ({
  collection,
  keys,
  versions = false,
}: {
  collection: string
  keys: string[]
  versions?: boolean
}) => {
  const models = versions ? adapter.versions : adapter.collections
  return models[collection]!.schema.indexes().some(([key]) => keys.every((k, i) => Object.keys(key)[i] === k))
}

const KEYSET_COLLECTIONS = [
  'units',
  'themes',
  'practices',
  'faq',
  'guides',
  'media',
  'funding-calls',
  'resources',
  'trainings',
]

describe('keyset paging sorts on _id alone on MongoDB (disableFallbackSort)', () => {
  it('sort=id on every collection the site reads batch by batch: exactly { _id: asc }, the _id index order', () => {
    expect(adapter.disableFallbackSort).toBe(true)
    for (const collection of KEYSET_COLLECTIONS)
      expect(mongoSort({ collection, sort: 'id' }), collection).toEqual({ _id: 'asc' })
    expect(mongoSort({ collection: 'practices', sort: '-id' })).toEqual({ _id: 'desc' })
  })

  it('without the setting the adapter appended -createdAt, which no index serves together with _id', () => {
    adapter.disableFallbackSort = false
    try {
      expect(mongoSort({ collection: 'practices', sort: 'id' })).toEqual({ _id: 'asc', createdAt: 'desc' })
    } finally {
      adapter.disableFallbackSort = true
    }
  })

  it("the adapter's find sends the site's batch query to MongoDB as _id > last, sorted by _id only", async () => {
    const last = new mongoose.Types.ObjectId().toHexString()
    const Model = adapter.collections.practices!
    const paginate = vi
      .spyOn(Model as unknown as { paginate: () => Promise<unknown> }, 'paginate')
      .mockResolvedValue({ docs: [] } as never)
    await adapter.find({
      collection: 'practices',
      where: { and: [{ _status: { equals: 'published' } }, { id: { greater_than: last } }] },
      sort: ['id'],
      limit: 100,
      pagination: false,
      locale: 'it',
    })
    expect(paginate).toHaveBeenCalledTimes(1)
    const [query, options] = paginate.mock.calls[0] as unknown as [
      unknown,
      { sort: SortParam; limit: number },
    ]
    expect(options.sort).toEqual({ _id: 'asc' })
    expect(options.limit).toBe(100)
    // An ObjectId, not the string: MongoDB compares values of one BSON type only, so `$gt` a string
    // would match no ObjectId at all and the site would stop after its first batch.
    const conditions = (
      query as { $and: Record<string, { $gt?: { _bsontype?: string; toHexString(): string } }>[] }
    ).$and
    const after = conditions.find((c) => '_id' in c)?._id?.$gt
    expect(after?._bsontype).toBe('ObjectId')
    expect(after?.toHexString()).toBe(last)
  })
})

/**
 * Every sort RedCloud's own code sends, what MongoDB receives for it, and why its order is
 * total where pages follow one another (a unique tie-breaker) or cheap where the collection is
 * large (an index). `paged`: read over several requests.
 */
const SORTS: {
  source: string
  collection: string
  sort: string
  read?: Read
  mongo: SortParam
  paged: boolean
  reason: { unique: string[] } | { index: string[]; versions?: boolean } | { small: string }
}[] = [
  ...KEYSET_COLLECTIONS.map((collection) => ({
    source: 'site/src/lib/fetchAllPages.ts',
    collection,
    sort: 'id',
    mongo: { _id: 'asc' } as SortParam,
    paged: true,
    reason: { unique: ['_id'] },
  })),
  {
    source: 'bench/site.ts',
    collection: 'practices',
    sort: 'id',
    mongo: { _id: 'asc' },
    paged: true,
    reason: { unique: ['_id'] },
  },
  {
    source: 'bench/site.ts',
    collection: 'practices',
    sort: '-id',
    mongo: { _id: 'desc' },
    paged: false,
    reason: { unique: ['_id'] },
  },
  {
    // A practice's visible comments, page after page: the practice index narrows the read, the
    // id breaks ties between comments written in the same millisecond.
    source: 'site/src/scripts/runParticipation.ts',
    collection: 'comments',
    sort: '-createdAt,-id',
    mongo: { createdAt: 'desc', _id: 'desc' },
    paged: true,
    reason: { unique: ['_id'] },
  },
  {
    source: 'site/src/lib/submission/loadSubmissionForm.ts',
    collection: 'themes',
    sort: 'name',
    mongo: { 'name.it': 'asc' },
    paged: false,
    reason: { small: 'one page of at most 100 of the few dozen themes' },
  },
  {
    // One person's practices (latest versions), one page of 100.
    source: 'site/src/pages/[locale]/account/submissions.astro',
    collection: 'practices',
    sort: '-updatedAt',
    read: 'drafts',
    mongo: { 'version.updatedAt': 'desc' },
    paged: false,
    reason: { index: ['version.author'], versions: true },
  },
  {
    // A unit's support requests (latest versions), one page of 50.
    source: 'site/src/pages/[locale]/desk/support/index.astro',
    collection: 'support-requests',
    sort: '-updatedAt',
    read: 'drafts',
    mongo: { 'version.updatedAt': 'desc' },
    paged: false,
    reason: { index: ['version.unit'], versions: true },
  },
  {
    // The admin panel's FAQ list: a few dozen entries.
    source: 'cms/src/collections/Faq.ts',
    collection: 'faq',
    sort: 'order',
    mongo: { order: 'asc' },
    paged: true,
    reason: { small: 'the FAQ holds a few dozen entries, read by the admin panel only' },
  },
  {
    // The admin panel's funding calls, soonest deadline first.
    source: 'cms/src/collections/FundingCalls/index.ts',
    collection: 'funding-calls',
    sort: 'deadline',
    mongo: { deadline: 'asc' },
    paged: true,
    reason: { index: ['deadline'] },
  },
  {
    // The admin panel's indicator library: a few dozen entries, each slug unique.
    source: 'cms/src/collections/Indicators/index.ts',
    collection: 'indicators',
    sort: 'slug',
    mongo: { slug: 'asc' },
    paged: true,
    reason: { unique: ['slug'] },
  },
  {
    // The admin panel's measurements, newest first.
    source: 'cms/src/collections/Measurements/index.ts',
    collection: 'measurements',
    sort: '-date',
    mongo: { date: 'desc' },
    paged: true,
    reason: { index: ['date'] },
  },
  {
    // The admin panel's comment moderation list, newest first.
    source: 'cms/src/collections/Comments/index.ts',
    collection: 'comments',
    sort: '-createdAt',
    mongo: { createdAt: 'desc' },
    paged: true,
    reason: { index: ['createdAt'] },
  },
  {
    // The newest version of one practice (findVersions, limit 1).
    source: 'plugins/staged-approval/src/utilities/performTransition.ts',
    collection: 'practices',
    sort: '-updatedAt',
    read: 'versions',
    mongo: { updatedAt: 'desc' },
    paged: false,
    reason: { index: ['parent'], versions: true },
  },
  {
    // One item's history: revisions are unique per (collection, document), the lock index.
    source: 'plugins/staged-approval/src/utilities/findEvents.ts',
    collection: 'workflow-events',
    sort: 'revision',
    mongo: { revision: 'asc' },
    paged: false,
    reason: { unique: ['itemCollection', 'document', 'revision'] },
  },
  {
    // A one-off backfill reads every publishing event in one go (no pages): the first per
    // document wins, and events of one document are written one after another.
    source: 'cms/src/collections/Practices/backfillPublishedAt.ts',
    collection: 'workflow-events',
    sort: 'createdAt',
    mongo: { createdAt: 'asc' },
    paged: false,
    reason: { small: 'read once at migration time, without pages; only the publishing events' },
  },
  {
    // The admin dashboard: the latest change of the FAQ and of the guides (one row each).
    source: 'cms/src/components/dashboard/ContentOverview.tsx',
    collection: 'faq',
    sort: '-updatedAt',
    mongo: { updatedAt: 'desc' },
    paged: false,
    reason: { small: 'the FAQ holds a few dozen entries; one row is read' },
  },
  {
    source: 'cms/src/components/dashboard/ContentOverview.tsx',
    collection: 'guides',
    sort: '-updatedAt',
    mongo: { updatedAt: 'desc' },
    paged: false,
    reason: { small: 'a few dozen guides; one row is read' },
  },
  {
    // The five most reported comments still visible.
    source: 'cms/src/components/dashboard/ContentOverview.tsx',
    collection: 'comments',
    sort: '-reportCount',
    mongo: { reportCount: 'desc' },
    paged: false,
    reason: { index: ['reportCount'] },
  },
  {
    // The admin dashboard's ten latest workflow decisions.
    source: 'cms/src/components/dashboard/RecentActivity.tsx',
    collection: 'workflow-events',
    sort: '-createdAt',
    mongo: { createdAt: 'desc' },
    paged: false,
    reason: { index: ['createdAt'] },
  },
  {
    // counts:reconcile walks every practice, page after page.
    source: 'cms/src/practices/reconcilePracticeCounts.ts',
    collection: 'practices',
    sort: 'id',
    mongo: { _id: 'asc' },
    paged: true,
    reason: { unique: ['_id'] },
  },
  {
    // Registrations waiting for approval, oldest first: the status index narrows the read to
    // the few pending accounts.
    source: 'cms/src/collections/Users/endpoints/pendingAccounts.ts',
    collection: 'users',
    sort: 'createdAt',
    mongo: { createdAt: 'asc' },
    paged: false,
    reason: { index: ['accountStatus'] },
  },
  {
    // One person's own decisions in their data export, oldest first. The events have no index on
    // their user: a scan of the history, for a rare export limited to 10 an hour per person.
    source: 'cms/src/collections/Users/ownData/collectOwnData.ts',
    collection: 'workflow-events',
    sort: 'createdAt',
    mongo: { createdAt: 'asc' },
    paged: false,
    reason: { small: 'a rare, rate-limited export; an index on the events’ user would serve it' },
  },
  {
    // One person's applications and sign-ups in their data export, oldest first.
    source: 'cms/src/collections/Users/ownData/collectOwnVolunteering.ts',
    collection: 'seat-claims',
    sort: 'appliedAt',
    mongo: { appliedAt: 'asc' },
    paged: false,
    reason: { index: ['user'] },
  },
  {
    // The progress notes one person wrote, in their data export. Notes have no index on their
    // author: a scan of the notes, for a rare export limited to 10 an hour per person.
    source: 'cms/src/collections/Users/ownData/collectOwnVolunteering.ts',
    collection: 'idea-notes',
    sort: 'createdAt',
    mongo: { createdAt: 'asc' },
    paged: false,
    reason: { small: 'a rare, rate-limited export; an index on the notes’ author would serve it' },
  },
  {
    // The last place given in one item's line (capacity rule): the unique line index serves it.
    source: 'cms/src/capacity/nextQueueNumber.ts',
    collection: 'seat-claims',
    sort: '-queueNumber',
    mongo: { queueNumber: 'desc' },
    paged: false,
    reason: { unique: ['itemCollection', 'item', 'queueNumber'] },
  },
  {
    // The first waiting in one item's line, promoted to a freed seat.
    source: 'cms/src/capacity/fillFreeSeats.ts',
    collection: 'seat-claims',
    sort: 'queueNumber',
    mongo: { queueNumber: 'asc' },
    paged: false,
    reason: { unique: ['itemCollection', 'item', 'queueNumber'] },
  },
  {
    // One person's own applications ("My trainings"), newest first, one page of 100.
    source: 'cms/src/collections/Trainings/endpoints/myTrainings.ts',
    collection: 'seat-claims',
    sort: '-appliedAt',
    mongo: { appliedAt: 'desc' },
    paged: false,
    reason: { index: ['user'] },
  },
  // Backups read every collection and every version collection in id order, batch after batch.
  ...['cms/src/backup/readInBatches.ts', 'cms/src/backup/writeBackup.ts'].map((source) => ({
    source,
    collection: 'practices',
    sort: 'id',
    mongo: { _id: 'asc' } as SortParam,
    paged: true,
    reason: { unique: ['_id'] },
  })),
  // An idea's progress notes, newest first (admin list and "My ideas").
  ...['cms/src/collections/IdeaNotes/index.ts', 'site/src/pages/[locale]/account/ideas.astro'].map(
    (source) => ({
      source,
      collection: 'idea-notes',
      sort: '-date',
      mongo: { date: 'desc' } as SortParam,
      paged: false,
      reason: { index: ['date'] },
    }),
  ),
  {
    // "My ideas": the latest versions of the ideas one is in, one page of 50.
    source: 'site/src/pages/[locale]/account/ideas.astro',
    collection: 'ideas',
    sort: '-updatedAt',
    read: 'drafts',
    mongo: { 'version.updatedAt': 'desc' },
    paged: false,
    reason: { index: ['version.updatedAt'], versions: true },
  },
  // Shifts by their start: suggestions, rosters, "My shifts".
  ...[
    'cms/src/collections/Needs/endpoints/suggestedNeeds.ts',
    'cms/src/collections/Shifts/endpoints/myRosters.ts',
    'cms/src/collections/Shifts/volunteerShifts.ts',
  ].map((source) => ({
    source,
    collection: 'shifts',
    sort: 'start',
    mongo: { start: 'asc' } as SortParam,
    paged: false,
    reason: { index: ['start'] },
  })),
  {
    // One shift's roster in its line's order: the unique line index serves it.
    source: 'cms/src/collections/Shifts/rosterOf.ts',
    collection: 'seat-claims',
    sort: 'queueNumber',
    mongo: { queueNumber: 'asc' },
    paged: false,
    reason: { unique: ['itemCollection', 'item', 'queueNumber'] },
  },
  {
    source: 'bench/workflow.ts',
    collection: 'practices',
    sort: '-updatedAt',
    mongo: { updatedAt: 'desc' },
    paged: true,
    reason: { index: ['updatedAt'] },
  },
]

describe('every sort RedCloud sends has a unique tie-breaker or an index where it matters', () => {
  for (const entry of SORTS) {
    it(`${entry.source}: ${entry.collection} sort=${entry.sort}${entry.read ? ` (${entry.read})` : ''}`, () => {
      expect(mongoSort(entry)).toEqual(entry.mongo)
      const { reason } = entry
      if ('unique' in reason) {
        const keys = Object.keys(entry.mongo)
        expect(keys.at(-1), 'the last key breaks every tie').toBe(reason.unique.at(-1))
        if (reason.unique.length > 1)
          expect(
            adapter.collections[entry.collection]!.schema.indexes().some(
              ([key, options]) =>
                (options as { unique?: boolean }).unique &&
                JSON.stringify(Object.keys(key)) === JSON.stringify(reason.unique),
            ),
          ).toBe(true)
      } else if ('index' in reason) {
        expect(
          hasIndex({ collection: entry.collection, keys: reason.index, versions: reason.versions }),
        ).toBe(true)
      } else {
        expect(reason.small.length).toBeGreaterThan(0)
      }
    })
  }

  it('the list above is every sort in the code (site, CMS, plugin, benchmarks)', () => {
    const found: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') walk(file)
        } else if (/\.(ts|tsx|astro|mts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const text = fs.readFileSync(file, 'utf8')
          for (const match of text.matchAll(
            /(?:defaultSort|\bsort)(?:=|:\s*)['"`]?(-?[A-Za-z_.]+(?:,-?[A-Za-z_.]+)*)/g,
          ))
            found.push(`${path.relative(root, file)}: ${match[1]}`)
        }
      }
    }
    for (const dir of [
      'site/src',
      'site/server',
      'cms/src',
      'plugins/staged-approval/src',
      'bench',
      'seed/src',
    ])
      walk(path.join(root, dir))
    // Payload's own job queue order (its processingOrder, createdAt unless configured), which the
    // one-claim runner passes through to the find it replaces.
    const passedThrough = ['cms/src/mongodb/claimJobsOnce.ts: args.sort']
    const listed = new Set([...SORTS.map((s) => `${s.source}: ${s.sort}`), ...passedThrough])
    expect([...new Set(found)].sort()).toEqual([...listed].sort())
  })
})
