import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { siteSecurityPolicy } from './server/siteSecurityPolicy.ts'

// Everything is prerendered from the CMS at build time; only routes that need a person (and
// the language redirect at `/`) render on demand.
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321')

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // On-demand routes see the address people use (Host, or the proxy's X-Forwarded-*) only when it
  // is the site's own: Astro's origin check on form posts compares against it.
  security: {
    allowedDomains: [
      { protocol: site.protocol.slice(0, -1), hostname: site.hostname, port: site.port || undefined },
    ],
    // Hashes of every script and style Astro inlines; the site server sends the policy as a header.
    csp: siteSecurityPolicy({ env: process.env }).astro,
  },
  // The rebuild service and the tests build into folders of their own, with a cache of their own.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  // staticHeaders: each prerendered page's policy goes to `_headers.json` (not a <meta>, which
  // cannot carry frame-ancestors) for the site server to send.
  adapter: node({ mode: 'standalone', staticHeaders: true }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Filter and pagination links load ahead of the click when JavaScript is on.
  prefetch: { prefetchAll: false, defaultStrategy: 'hover' },
  compressHTML: true,
})
