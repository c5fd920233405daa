/**
 * `@redcloud/cms/map`: the map of Italy's regions drawn by the public site (/<locale>/map/) and
 * by the admin panel's gap view, from one copy: the outlines read from `@svg-maps/italy` and
 * simplified once per process, the projection that places points on them, and the pure
 * geometry helpers. Reads a file (node:fs), so not part of the environment-free contract.
 */
export type { GeoPoint } from './GeoPoint'
export { italyRegions, TOLERANCE, type ItalyMap, type MapRegion } from './italyRegions'
export { mercatorProjection } from './mercatorProjection'
export { parseSvgPath, type Ring } from './parseSvgPath'
export { pointInRings } from './pointInRings'
export { regionAt } from './regionAt'
export { ringsToPath } from './ringsToPath'
export { simplifyRing } from './simplifyRing'
