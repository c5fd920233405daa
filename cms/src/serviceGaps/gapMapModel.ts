import type { ItalyMap } from '../contract'
import type { ServiceGaps } from './findServiceGaps'

import { regionAt } from '../contract'

export interface GapMapModel {
  viewBox: string
  radius: number
  /** Every region's outline; `gap` when its regional committee is one of the gaps. */
  regions: { id: string; path: string; gap: boolean; name: null | string }[]
  /** A dot per unit with a gap that has coordinates, linked to it in the admin panel. */
  markers: { id: string; name: string; code: string; x: number; y: number }[]
}

/**
 * The gap view's map: the same outlines and projection as the public site's map
 * (`italyMap` of `@redcloud/cms/contract`), a region shaded when its regional committee — found by where its
 * office lies, as on the site — has nothing in the theme, and a dot per unit without.
 */
export const gapMapModel = ({ map, gaps }: { map: ItalyMap; gaps: ServiceGaps }): GapMapModel => {
  const located = (unit: ServiceGaps['units'][number]) =>
    typeof unit.location?.lat === 'number' && typeof unit.location?.lng === 'number'
      ? map.project({ lat: unit.location.lat, lng: unit.location.lng })
      : null
  const gapRegions = new Map<string, string>()
  for (const unit of gaps.regions) {
    const point = located(unit)
    const region = point ? regionAt(point, map.regions) : null
    if (region && !gapRegions.has(region.id)) gapRegions.set(region.id, unit.name)
  }
  return {
    viewBox: `0 0 ${map.width} ${map.height}`,
    radius: Math.max(map.width, map.height) / 150,
    regions: map.regions.map((region) => ({
      id: region.id,
      path: region.path,
      gap: gapRegions.has(region.id),
      name: gapRegions.get(region.id) ?? null,
    })),
    markers: gaps.units.flatMap((unit) => {
      const point = located(unit)
      return point ? [{ id: String(unit.id), name: unit.name, code: unit.code, ...point }] : []
    }),
  }
}
