import { slugify } from '../fields/slugField'
import type { BackfillArgs } from './BackfillArgs'

type UnitRow = { id: number | string; name?: null | string; slug?: null | string }

/**
 * Units created before they had a public page get a slug from their name, as new units do
 * (slugField), a taken one with a numbered suffix. Through the adapter, so MongoDB and SQLite
 * share it. Returns how many units it changed.
 */
export const backfillUnitSlugs = async ({ payload, req }: BackfillArgs): Promise<number> => {
  const { docs } = await payload.db.find<UnitRow>({
    collection: 'units',
    where: { id: { exists: true } },
    limit: 0,
    pagination: false,
    req,
  })
  const taken = new Set(docs.map((unit) => unit.slug).filter((slug): slug is string => Boolean(slug)))
  let changed = 0
  for (const unit of docs) {
    if (unit.slug) continue
    const base = slugify(unit.name ?? '') || `unit-${String(unit.id)}`
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    await payload.db.updateOne({ collection: 'units', id: unit.id, data: { slug }, req, returning: false })
    changed++
  }
  return changed
}
