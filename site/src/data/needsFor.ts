import type { Need, Shift } from '@redcloud/cms/payload-types'

import { getCollection } from 'astro:content'

import type { Locale } from '../lib/locales'
import type { UnitEntry } from '../lib/types'

import { cmsUrl } from '../lib/cmsUrl'
import { fetchAllPages } from '../lib/fetchAllPages'
import { type NeedEntry, toNeedEntry } from '../lib/volunteer/toNeedEntry'

let pending: Promise<{ needs: Need[]; shifts: Shift[] }> | undefined

export type NeedWithUnit = NeedEntry & { unit: UnitEntry | undefined; region: UnitEntry | undefined }

/**
 * The volunteer needs with upcoming shifts, in one language, soonest shift first (read once per
 * build as an anonymous visitor: places and free places, never who signed up), each with its unit
 * and that unit's region.
 */
export const needsFor = async (locale: Locale): Promise<NeedWithUnit[]> => {
  pending ??= (async () => ({
    needs: await fetchAllPages<Need>({
      baseUrl: cmsUrl(),
      collection: 'needs',
      query: { locale: 'all', depth: '0' },
    }),
    shifts: await fetchAllPages<Shift>({
      baseUrl: cmsUrl(),
      collection: 'shifts',
      query: { depth: '0', 'where[end][greater_than]': new Date().toISOString() },
    }),
  }))()
  const { needs, shifts } = await pending
  const units = new Map((await getCollection('units')).map((entry) => [entry.data.cmsId, entry.data]))
  const regionOf = (unit: UnitEntry | undefined): UnitEntry | undefined => {
    let cursor = unit
    while (cursor && cursor.level !== 'regional' && cursor.parentId) cursor = units.get(cursor.parentId)
    return cursor?.level === 'regional' ? cursor : undefined
  }
  return needs
    .map((need) => toNeedEntry({ need, shifts, locale }))
    .filter((need) => need.shifts.length > 0)
    .map((need) => {
      const unit = units.get(need.unitId)
      return { ...need, unit, region: regionOf(unit) }
    })
    .sort((a, b) => (a.shifts[0]?.start ?? '').localeCompare(b.shifts[0]?.start ?? ''))
}
