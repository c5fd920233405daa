import type { Ring } from './parseSvgPath'

import { pointInRings } from './pointInRings'

type Region = { id: string; rings: Ring[]; box: { x0: number; y0: number; x1: number; y1: number } }

/** The region a projected point falls in; on a coast just outside every outline, the nearest box's. */
export const regionAt = <R extends Region>(point: { x: number; y: number }, regions: R[]): R | null => {
  const inside = regions.find((region) => pointInRings(point, region.rings))
  if (inside) return inside
  let best: R | null = null
  let bestDistance = Infinity
  for (const region of regions) {
    const dx = Math.max(region.box.x0 - point.x, 0, point.x - region.box.x1)
    const dy = Math.max(region.box.y0 - point.y, 0, point.y - region.box.y1)
    const distance = Math.hypot(dx, dy)
    if (distance < bestDistance) [best, bestDistance] = [region, distance]
  }
  return best
}
