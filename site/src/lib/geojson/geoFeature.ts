import type { GeoPoint } from '../types'

export interface GeoFeature<P> {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: P
}

/** A GeoJSON point feature: coordinates in [longitude, latitude] order (RFC 7946), null when unplaced. */
export const geoFeature = <P>({
  id,
  point,
  properties,
}: {
  id: string
  point: GeoPoint | null
  properties: P
}): GeoFeature<P> => ({
  type: 'Feature',
  id,
  geometry: point ? { type: 'Point', coordinates: [point.lng, point.lat] } : null,
  properties,
})
