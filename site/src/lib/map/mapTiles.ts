export interface MapTiles {
  /** A tile URL template with {z}, {x} and {y} (and optionally {s}), e.g. https://tile.example.org/{z}/{x}/{y}.png */
  url: string
  /** Who the tiles are from, shown on the map (the tile provider's terms usually require it). */
  attribution: string
  /** Where tiles load from, as a CSP source (`https://*.host` for a {s} template): the only third party then allowed. */
  origin: string
}

/**
 * The tiled map's setting (`MAP_TILE_URL`, `MAP_TILE_ATTRIBUTION`, read at build time): null —
 * the default — keeps the map pages to the server-rendered SVG with nothing loaded from third
 * parties. A value that is not an http(s) template with {z}, {x} and {y} is refused loudly.
 */
export const mapTiles = (env: Record<string, string | undefined> = process.env): MapTiles | null => {
  const url = env.MAP_TILE_URL?.trim()
  if (!url) return null
  let origin: string
  try {
    const parsed = new URL(url.replace(/\{[sxyzr]\}/g, '0'))
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)')
    origin = url.includes('{s}') ? parsed.origin.replace('//0.', '//*.') : parsed.origin
  } catch {
    throw new Error(`MAP_TILE_URL must be an http(s) URL template, got "${url}".`)
  }
  if (!['{z}', '{x}', '{y}'].every((part) => url.includes(part)))
    throw new Error(`MAP_TILE_URL must contain {z}, {x} and {y}, got "${url}".`)
  return { url, attribution: env.MAP_TILE_ATTRIBUTION?.trim() ?? '', origin }
}
