/** A point on the map: latitude and longitude in degrees (WGS 84). */
export interface GeoPoint {
  lat: number
  lng: number
}
