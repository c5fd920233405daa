import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Media } from '../payload-types'
import { idOf } from '../contract/idOf'
import { keepRequestState } from './keepRequestState'
import { MEDIA_USE_CONTEXT } from './MEDIA_USE_CONTEXT'
import { mediaIdsIn } from './mediaIdsIn'

type UsageRow = { item: string; unit: null | number | string; live: boolean }

type UsingDoc = { _status?: null | string; unit?: unknown } & Record<string, unknown>

/**
 * Records on each file which items use it: `live` when a public item does (a published
 * practice; any FAQ entry or guide, which have no drafts), otherwise the unit of the draft that
 * does, for the people who review it. Re-reads the item as stored (live and latest draft, every
 * language) in the caller's transaction, so it is right whatever route or hook changed it.
 */
export const syncMediaUse = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<void> => {
  const { config } = req.payload.collections[collection]
  const item = `${collection}:${String(id)}`
  const hasDrafts = typeof config.versions === 'object' && Boolean(config.versions?.drafts)
  // Items never public even once published (support requests): their files stay with their unit.
  const neverPublic = (config.custom as { neverPublic?: boolean } | undefined)?.neverPublic === true
  const read = (draft: boolean) =>
    keepRequestState(req, () =>
      req.payload.findByID({
        collection,
        id,
        depth: 0,
        draft,
        locale: 'all',
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    ) as Promise<null | UsingDoc>

  const rows = new Map<string, UsageRow & { media: number | string }>()
  const add = (doc: UsingDoc, live: boolean) => {
    for (const { id: media } of mediaIdsIn({ data: doc, fields: config.fields })) {
      if (!rows.has(String(media))) rows.set(String(media), { media, item, unit: idOf(doc.unit), live })
    }
  }
  const live = await read(false)
  if (live) {
    add(live, !neverPublic && (!hasDrafts || live._status === 'published'))
    if (hasDrafts) {
      const latest = await read(true)
      if (latest) add(latest, false)
    }
  }

  const find = (where: object) =>
    req.payload.find({
      collection: 'media',
      where: where as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { usedBy: true, public: true },
    })
  const affected = new Map<string, Pick<Media, 'id' | 'public' | 'usedBy'>>()
  for (const doc of (await find({ 'usedBy.item': { equals: item } })).docs) affected.set(String(doc.id), doc)
  const added = [...rows.values()].filter(({ media }) => !affected.has(String(media)))
  if (added.length > 0) {
    const ids = added.map(({ media }) => media)
    for (const doc of (await find({ id: { in: ids } })).docs) affected.set(String(doc.id), doc)
  }

  for (const [key, doc] of affected) {
    const others: UsageRow[] = (doc.usedBy ?? [])
      .filter((row) => row.item !== item)
      .map((row) => ({ item: row.item, unit: idOf(row.unit), live: Boolean(row.live) }))
    const own = rows.get(key)
    const usedBy = own ? [...others, { item: own.item, unit: own.unit, live: own.live }] : others
    const isPublic = usedBy.some((row) => row.live)
    const before = (doc.usedBy ?? []).map((row) => [row.item, String(idOf(row.unit)), Boolean(row.live)])
    const after = usedBy.map((row) => [row.item, String(row.unit), row.live])
    if (Boolean(doc.public) === isPublic && JSON.stringify(before) === JSON.stringify(after)) continue
    await keepRequestState(req, () =>
      req.payload.update({
        collection: 'media',
        id: doc.id,
        data: { usedBy, public: isPublic } as never,
        depth: 0,
        overrideAccess: true,
        req,
        context: { [MEDIA_USE_CONTEXT]: true },
      }),
    )
  }
}
