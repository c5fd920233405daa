import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// Everything is prerendered from the CMS at build time; only routes that need a person (and
// the language redirect at `/`) render on demand.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Filter and pagination links load ahead of the click when JavaScript is on.
  prefetch: { prefetchAll: false, defaultStrategy: 'hover' },
  compressHTML: true,
})
