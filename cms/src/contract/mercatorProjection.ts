import type { GeoPoint } from './GeoPoint'

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))

/**
 * A Mercator projection that puts the box west-east × south-north onto 0..width × 0..height
 * (y grows southwards, as in SVG).
 */
export const mercatorProjection = ({
  west,
  east,
  south,
  north,
  width,
  height,
}: {
  west: number
  east: number
  south: number
  north: number
  width: number
  height: number
}) => {
  const top = mercatorY(north)
  const bottom = mercatorY(south)
  return ({ lat, lng }: GeoPoint): { x: number; y: number } => ({
    x: ((lng - west) / (east - west)) * width,
    y: ((top - mercatorY(lat)) / (top - bottom)) * height,
  })
}
