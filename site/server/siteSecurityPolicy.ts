import { mapTiles } from '../src/lib/map/mapTiles.ts'

type CspResource = string | { resource: string; kind: 'attribute' | 'default' | 'element' }

/** The origin visitors' browsers load media from (`PUBLIC_CMS_URL`, else `CMS_URL`, as the loaders do); null when media URLs are relative (empty `PUBLIC_CMS_URL`). */
const mediaOriginOf = (env: Record<string, string | undefined>): null | string => {
  try {
    return new URL(env.PUBLIC_CMS_URL ?? env.CMS_URL ?? 'http://localhost:3000').origin
  } catch {
    return null
  }
}

/**
 * The site's one security policy. `astro` goes to Astro's `security.csp`, which adds the hash of
 * every script and stylesheet it inlines (per page: `_headers.json` for prerendered pages, the
 * response header for on-demand ones); `headers` go on every response of the site server, with
 * the same policy minus hashes, so anything Astro did not render runs no inline script at all.
 *
 * - `'wasm-unsafe-eval'`: Pagefind's search runs WebAssembly (it allows no `eval`).
 * - `style-src-attr 'unsafe-inline'`: theme colours are `style` attributes; attributes cannot run
 *   script, and `<style>` elements still need a hash.
 * - media only from the site and the CMS's public origin (and map tiles from `MAP_TILE_URL`'s
 *   origin when it is set), forms only to the site (sign-in and
 *   sign-out post to the site, which then redirects), no framing, no plugins, no `<base>`.
 */
export const siteSecurityPolicy = ({ env }: { env: Record<string, string | undefined> }) => {
  const self = "'self'"
  const media = [self, mediaOriginOf(env)].filter(
    (source, index, all) => source && all.indexOf(source) === index,
  )
  const directives = [
    `default-src ${self}`,
    // The tiled map's tiles, only when a tile URL is configured (off by default).
    `img-src ${[...media, mapTiles(env)?.origin].filter(Boolean).join(' ')} data:`,
    `media-src ${media.join(' ')}`,
    `font-src ${self}`,
    `connect-src ${self}`,
    `worker-src ${self}`,
    `manifest-src ${self}`,
    "frame-src 'none'",
    "frame-ancestors 'none'",
    `base-uri ${self}`,
    `form-action ${self}`,
    "object-src 'none'",
  ]
  const scriptResources: CspResource[] = [self, "'wasm-unsafe-eval'"]
  const styleResources: CspResource[] = [self, { resource: "'unsafe-inline'", kind: 'attribute' }]
  const basePolicy = [
    ...directives,
    `script-src ${self} 'wasm-unsafe-eval'`,
    `style-src ${self}`,
    "style-src-attr 'unsafe-inline'",
  ].join('; ')
  return {
    astro: {
      algorithm: 'SHA-256' as const,
      directives,
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
    headers: {
      'Content-Security-Policy': basePolicy,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    } as Record<string, string>,
  }
}
