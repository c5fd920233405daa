import type { PracticeEntry, ServiceEntry, UnitEntry } from '../types'

import { regionAt, type Ring } from '@redcloud/cms/contract'

import { unitsWithPracticeIn } from './unitsWithPracticeIn'

type MapRegionInput = {
  id: string
  name: string
  rings: Ring[]
  path: string
  box: { x0: number; y0: number; x1: number; y1: number }
}

export interface MapModel {
  viewBox: string
  /** Marker radius in map units, so markers keep their size on screen when a region is zoomed in. */
  radius: number
  regions: { id: string; path: string; unit: UnitEntry | null; current: boolean }[]
  markers: (
    | { kind: 'unit'; x: number; y: number; unit: UnitEntry; activeServices: number }
    | { kind: 'service'; x: number; y: number; unit: UnitEntry; service: ServiceEntry }
  )[]
  /** The units shown, regional committees first, for the list under the map. */
  units: UnitEntry[]
}

/**
 * What the server-rendered map draws: every region (linked to its regional committee's map when
 * there is one), a marker per unit and per active service with a place of its own; for a region,
 * only its units, zoomed onto its outline; for a theme, only the units with an active service
 * or a published practice in it and the services in it.
 */
export const mapModel = ({
  map,
  units,
  services,
  practices,
  theme = null,
  regionUnitId = null,
}: {
  map: {
    width: number
    height: number
    regions: MapRegionInput[]
    project: (p: { lat: number; lng: number }) => { x: number; y: number }
  }
  units: UnitEntry[]
  /** Confirmed services in the page's language. */
  services: ServiceEntry[]
  /** Published practices in the page's language (shared and never changed: see unitsWithPracticeIn). */
  practices: readonly PracticeEntry[]
  theme?: null | string
  regionUnitId?: null | string
}): MapModel => {
  const unitsById = new Map(units.map((unit) => [unit.cmsId, unit]))
  const regionalOf = (unit: UnitEntry | undefined): UnitEntry | null =>
    !unit
      ? null
      : unit.level === 'regional'
        ? unit
        : unit.level === 'local'
          ? regionalOf(unitsById.get(unit.parentId ?? ''))
          : null
  // Each regional committee draws its region: the outline its office lies in.
  const regionUnits = new Map<string, UnitEntry>()
  for (const unit of units) {
    if (unit.level !== 'regional' || !unit.location) continue
    const region = regionAt(map.project(unit.location), map.regions)
    if (region && !regionUnits.has(region.id)) regionUnits.set(region.id, unit)
  }
  const current = regionUnitId
    ? [...regionUnits.entries()].find(([, unit]) => unit.cmsId === regionUnitId)?.[0]
    : undefined
  const active = services.filter((s) => s.status === 'active' && (!theme || s.themes.includes(theme)))
  const withPractice = unitsWithPracticeIn(practices, theme)
  const shown = units.filter(
    (unit) =>
      unit.location &&
      (!regionUnitId || regionalOf(unit)?.cmsId === regionUnitId) &&
      (!theme || withPractice.has(unit.cmsId) || active.some((s) => s.unitId === unit.cmsId)),
  )
  const shownIds = new Set(shown.map((unit) => unit.cmsId))
  const box = current ? map.regions.find((r) => r.id === current)?.box : undefined
  const pad = box ? Math.max(box.x1 - box.x0, box.y1 - box.y0) * 0.08 : 0
  const [vx, vy, vw, vh] = box
    ? [box.x0 - pad, box.y0 - pad, box.x1 - box.x0 + 2 * pad, box.y1 - box.y0 + 2 * pad]
    : [0, 0, map.width, map.height]
  const round = (n: number) => Math.round(n * 10) / 10
  const levelOrder = { national: 0, regional: 1, local: 2 }
  return {
    viewBox: [vx, vy, vw, vh].map(round).join(' '),
    radius: round(Math.max(vw / map.width, vh / map.height) * 8),
    regions: map.regions.map((region) => ({
      id: region.id,
      path: region.path,
      unit: regionUnits.get(region.id) ?? null,
      current: region.id === current,
    })),
    // Drawn in this order, so that a local unit sharing its committee's office stays clickable:
    // services, then national and regional committees, then local units on top.
    markers: [
      ...active
        .filter((s) => s.location && shownIds.has(s.unitId))
        .map((service) => {
          const { x, y } = map.project(service.location as { lat: number; lng: number })
          return {
            kind: 'service' as const,
            x: round(x),
            y: round(y),
            unit: unitsById.get(service.unitId) as UnitEntry,
            service,
          }
        }),
      ...[...shown]
        .sort((a, b) => Number(a.level === 'local') - Number(b.level === 'local'))
        .map((unit) => {
          const { x, y } = map.project(unit.location as { lat: number; lng: number })
          const activeServices = active.filter((s) => s.unitId === unit.cmsId).length
          return { kind: 'unit' as const, x: round(x), y: round(y), unit, activeServices }
        }),
    ],
    units: [...shown].sort(
      (a, b) => levelOrder[a.level] - levelOrder[b.level] || a.name.localeCompare(b.name),
    ),
  }
}
