import type { GeoPoint } from './types'

/** A CMS location group as a point, or null unless both coordinates are real numbers in range. */
export const toGeoPoint = (location: unknown): GeoPoint | null => {
  const { lat, lng } = (location ?? {}) as { lat?: unknown; lng?: unknown }
  if (typeof lat !== 'number' || typeof lng !== 'number') return null
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null
  return { lat, lng }
}
