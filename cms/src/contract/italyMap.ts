import type { GeoPoint } from './GeoPoint'

import { mercatorProjection } from './mercatorProjection'
import { parseSvgPath, type Ring } from './parseSvgPath'
import { ringsToPath } from './ringsToPath'
import { simplifyRing } from './simplifyRing'

export interface MapRegion {
  /** The dataset's id, e.g. "lombardy". */
  id: string
  /** The dataset's (English) name, e.g. "Lombardy". */
  name: string
  rings: Ring[]
  /** The simplified outline as an SVG path. */
  path: string
  box: { x0: number; y0: number; x1: number; y1: number }
}

export interface ItalyMap {
  width: number
  height: number
  regions: MapRegion[]
  /** Longitude and latitude onto the map's coordinates. */
  project: (point: GeoPoint) => { x: number; y: number }
}

/**
 * Italy's extreme points (Monte Chaberton, Capo d'Otranto, Testa Gemella, Lampedusa): the
 * outlines are a Mercator projection whose drawn extent is exactly this box.
 */
const EXTREMES = { west: 6.6267, east: 18.5204, north: 47.092, south: 35.4929 }

/** Simplification tolerance, in map units (the map is 610 wide). */
export const TOLERANCE = 0.9

/**
 * The twenty regions of Italy from `@svg-maps/italy` (CC BY 4.0, Victor Cazanave), simplified;
 * markers are placed with a Mercator projection calibrated on the outlines' extent. Pure: the
 * caller reads the package's `index.js` (the site at build, the CMS for the gap view) and keeps
 * the result.
 */
export const italyMap = (source: string): ItalyMap => {
  const data = JSON.parse(source.replace(/^\s*export default\s*/, '').replace(/;\s*$/, '')) as {
    viewBox: string
    locations: { id: string; name: string; path: string }[]
  }
  const [, , width, height] = data.viewBox.split(/\s+/).map(Number) as [number, number, number, number]
  const raw = data.locations.map((location) => ({ ...location, rings: parseSvgPath(location.path) }))
  const all = raw.flatMap((r) => r.rings.flat())
  const x0 = Math.min(...all.map(([x]) => x))
  const x1 = Math.max(...all.map(([x]) => x))
  const y0 = Math.min(...all.map(([, y]) => y))
  const y1 = Math.max(...all.map(([, y]) => y))
  const inner = mercatorProjection({ ...EXTREMES, width: x1 - x0, height: y1 - y0 })
  const project = (point: GeoPoint) => {
    const { x, y } = inner(point)
    return { x: x + x0, y: y + y0 }
  }
  const regions = raw.map(({ id, name, rings }): MapRegion => {
    const simplified = rings.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring) => ring.length > 0)
    const points = rings.flat()
    return {
      id,
      name,
      rings: simplified,
      path: ringsToPath(simplified),
      box: {
        x0: Math.min(...points.map(([x]) => x)),
        y0: Math.min(...points.map(([, y]) => y)),
        x1: Math.max(...points.map(([x]) => x)),
        y1: Math.max(...points.map(([, y]) => y)),
      },
    }
  })
  return { width, height, regions, project }
}
