/// <reference types="astro/client" />
import L from 'leaflet'
// A URL, not an import of the styles: Astro would put those in every page that imports the map
// component, tiles configured or not.
import leafletStyles from 'leaflet/dist/leaflet.css?url'

export interface TiledMapPoint {
  lat: number
  lng: number
  name: string
  href: string
  kind: 'service' | 'unit'
}

/**
 * The tiled map that enhances the server-rendered SVG map when a tile URL is configured
 * (`MAP_TILE_URL`): the same markers, each a link to the same page, on tiles that can be panned
 * and zoomed. The SVG stays in the page (and is what shows without JavaScript or if this fails).
 */
export const runTiledMap = (container: HTMLElement): void => {
  const data = document.getElementById('tiled-map-points')?.textContent
  const url = container.dataset.tiles
  if (!data || !url) return
  const points = JSON.parse(data) as TiledMapPoint[]
  const styles = document.createElement('link')
  styles.rel = 'stylesheet'
  styles.href = leafletStyles
  document.head.append(styles)
  Object.assign(container.style, { height: '28rem', maxHeight: '70vh', margin: '1rem 0' })
  container.hidden = false
  const map = L.map(container, { scrollWheelZoom: false })
  L.tileLayer(url, { attribution: container.dataset.attribution ?? '', maxZoom: 18 }).addTo(map)
  for (const point of points) {
    const marker = L.circleMarker([point.lat, point.lng], {
      radius: point.kind === 'unit' ? 7 : 5,
      color: '#fff',
      weight: 1,
      fillColor: point.kind === 'unit' ? '#b00000' : '#1f5f99',
      fillOpacity: 1,
    }).addTo(map)
    const link = document.createElement('a')
    link.href = point.href
    link.textContent = point.name
    marker.bindPopup(link)
  }
  if (points.length > 0)
    map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [20, 20] })
  else map.setView([42, 12.5], 5)
  // The SVG map says the same; with the tiled map up it is left to assistive technology's list below.
  document.querySelector<HTMLElement>('[data-svg-map]')?.setAttribute('hidden', '')
}
