import type { Ring } from './parseSvgPath'

const distanceToSegment = (
  [px, py]: [number, number],
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
) => {
  const dx = bx - ax
  const dy = by - ay
  const length = dx * dx + dy * dy
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/**
 * Douglas-Peucker: drops the points of a line closer than `tolerance` to the line through the
 * points kept around them. A closed ring is split at its farthest point from the first, so
 * both halves keep their ends; rings that shrink below a triangle are dropped (returns []).
 */
export const simplifyRing = (ring: Ring, tolerance: number): Ring => {
  if (ring.length <= 4) return ring.length >= 3 ? ring : []
  // Closed: the first point again at the end, so the last edge is simplified too.
  const line: Ring = [...ring, ring[0] as [number, number]]
  const last = line.length - 1
  const keep = new Uint8Array(line.length)
  const first = line[0] as [number, number]
  let far = 0
  let farDistance = -1
  ring.forEach(([x, y], i) => {
    const d = Math.hypot(x - first[0], y - first[1])
    if (d > farDistance) [far, farDistance] = [i, d]
  })
  keep[0] = keep[far] = 1
  const stack: [number, number][] = [
    [0, far],
    [far, last],
  ]
  while (stack.length) {
    const [start, end] = stack.pop() as [number, number]
    let index = -1
    let max = tolerance
    for (let i = start + 1; i < end; i++) {
      const d = distanceToSegment(
        line[i] as [number, number],
        line[start] as [number, number],
        line[end] as [number, number],
      )
      if (d > max) [index, max] = [i, d]
    }
    if (index !== -1) {
      keep[index] = 1
      stack.push([start, index], [index, end])
    }
  }
  const kept = ring.filter((_, i) => keep[i])
  return kept.length >= 3 ? kept : []
}
