// The public site's server (`npm start -w site`): serves the current build, rebuilds on request.
import path from 'node:path'

import { buildInputsHash } from './buildInputsHash.ts'
import { createBuilder } from './createBuilder.ts'
import { createPageOverlay } from './createPageOverlay.ts'
import { createSiteServer } from './createSiteServer.ts'
import { defaultBuildCommand } from './defaultBuildCommand.ts'
import { publishPracticesNow } from './publishPracticesNow.ts'
import { renderPracticePages } from './renderPracticePages.ts'

const siteDir = path.resolve(import.meta.dirname, '..')
const rootDir = path.resolve(siteDir, '..')
const buildsDir = path.resolve(process.env.SITE_BUILDS_DIR ?? path.join(siteDir, 'builds'))
const port = Number(process.env.PORT ?? 4321)
const host = process.env.HOST ?? '127.0.0.1'
const secret = process.env.SITE_REBUILD_SECRET ?? ''
const command = process.env.SITE_BUILD_COMMAND || defaultBuildCommand(siteDir)
// Practices are published incrementally unless SITE_INCREMENTAL=false; the sources' hash makes
// the first build after a deployment or a content-contract change a full one.
const incremental =
  process.env.SITE_INCREMENTAL === 'false'
    ? undefined
    : {
        command: process.env.SITE_INCREMENTAL_BUILD_COMMAND || 'astro build',
        indexCommand: process.env.SITE_INDEX_COMMAND || 'pagefind --site "$SITE_OUT_DIR/client"',
        inputsHash: buildInputsHash(
          ['src', 'public', 'astro.config.mjs', 'pagefind.yml', 'package.json', '../cms/src/contract'].map(
            (entry) => path.join(siteDir, entry),
          ),
        ),
      }
// A full build, the reference, on this schedule too (default daily).
const fullBuildEveryMs = Number(process.env.SITE_FULL_BUILD_EVERY_MS ?? 24 * 60 * 60_000)

// With incremental publishing, a practice's own pages are published at once through the live
// build's renderer, before the build that brings its listings and search entries.
const overlay = createPageOverlay({ dir: path.join(buildsDir, '.published-now') })
const ownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
const siteUrl = `http://${ownHost}:${port}`

const builder = createBuilder({
  buildsDir,
  command,
  cwd: siteDir,
  debounceMs: Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 2000),
  // A full build of 10 000 practices × 4 languages took 16 min on a 2-core machine.
  timeoutMs: Number(process.env.SITE_BUILD_TIMEOUT_MS ?? 45 * 60_000),
  incremental,
  ...(incremental && secret
    ? {
        publishNow: ({ practiceIds, currentDir, at }) =>
          publishPracticesNow({
            practiceIds,
            currentDir,
            overlay,
            at,
            render: ({ locales }) => renderPracticePages({ practiceIds, locales, siteUrl, secret }),
          }),
        onLive: (startedAt) => overlay.dropBefore(startedAt),
      }
    : {}),
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: [path.join(siteDir, 'node_modules/.bin'), path.join(rootDir, 'node_modules/.bin'), process.env.PATH]
      .filter(Boolean)
      .join(path.delimiter),
  },
})
// SITE_PROXY_CMS=true: serve the CMS's paths on the site's origin too (development, the demo).
const cmsProxy =
  process.env.SITE_PROXY_CMS === 'true' ? new URL(process.env.CMS_URL ?? 'http://localhost:3000') : undefined
const server = createSiteServer({ buildsDir, builder, secret, cmsProxy, overlay })

server.listen(port, host, () => {
  console.log(`[site] serving ${path.join(buildsDir, 'current')} on http://${host}:${port}`)
  console.log(`[site] build command: ${command}`)
  if (!secret) console.log('[site] SITE_REBUILD_SECRET is not set: POST /__rebuild is refused')
  // The CMS may have changed while the site was down: build once at start (the old build is served meanwhile).
  if (process.env.SITE_BUILD_ON_START !== 'false') builder.buildNow()
  if (fullBuildEveryMs > 0) setInterval(() => builder.buildNow(), fullBuildEveryMs).unref()
})

const stop = () => {
  server.close()
  server.closeAllConnections()
  builder.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
