import type { Ring } from './parseSvgPath'

/** Whether a point lies inside any of the rings (even-odd rule, so holes count as outside). */
export const pointInRings = ({ x, y }: { x: number; y: number }, rings: Ring[]): boolean => {
  let inside = false
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number]
      const [xj, yj] = ring[j] as [number, number]
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
    }
  }
  return inside
}
