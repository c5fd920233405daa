import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Builder } from './createBuilder.ts'
import type { PageOverlay } from './createPageOverlay.ts'
import { createStaticHandler } from './createStaticHandler.ts'
import { isSecretValid } from './isSecretValid.ts'
import { proxyToCms } from './proxyToCms.ts'
import { readPagePolicies } from './readPagePolicies.ts'
import { readRebuildRequest } from './readRebuildRequest.ts'
import { siteSecurityPolicy } from './siteSecurityPolicy.ts'

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown

export const REBUILD_PATH = '/__rebuild'

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

/**
 * The public site's server: the current build's static files, Astro's handler for on-demand
 * routes, and `/__rebuild`, through which the CMS asks for a rebuild (shared secret).
 */
export const createSiteServer = ({
  buildsDir,
  builder,
  secret,
  cmsProxy,
  securityHeaders = siteSecurityPolicy({ env: process.env }).headers,
  overlay,
  log = (message) => console.log(`[site] ${message}`),
}: {
  buildsDir: string
  builder: Builder
  /** Empty: the rebuild endpoint refuses every call. */
  secret: string
  /** The CMS to forward /admin, /api and /_next to (one origin without a reverse proxy); unset: none. */
  cmsProxy?: URL
  /** Sent with every response except the CMS's own (pages may replace the policy with their own, stricter one). */
  securityHeaders?: Record<string, string>
  /** Practice pages published since the live build, served over it (see publishPracticesNow). */
  overlay?: PageOverlay
  log?: (message: string) => void
}): http.Server => {
  const statics = createStaticHandler()
  const astroHandlers = new Map<string, Promise<AstroHandler | null>>()
  let servedBuild: null | string = null
  let policies = new Map<string, string>()

  // Astro's standalone entry starts its own server on import unless told not to.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'

  /** The build's on-demand handler, imported once per build, or null when it has none. */
  const astroHandlerOf = (buildDir: string) => {
    let handler = astroHandlers.get(buildDir)
    if (!handler) {
      const entry = path.join(buildDir, 'server', 'entry.mjs')
      handler = fs.existsSync(entry)
        ? import(pathToFileURL(entry).href).then(
            (module: { handler?: AstroHandler }) => module.handler ?? null,
            (error: unknown) => {
              log(`cannot load ${entry}: ${error instanceof Error ? error.message : String(error)}`)
              return null
            },
          )
        : Promise.resolve(null)
      astroHandlers.clear()
      astroHandlers.set(buildDir, handler)
    }
    return handler
  }

  const rebuild = async (req: IncomingMessage, res: ServerResponse) => {
    if (!secret) {
      json(res, 403, { error: 'Rebuilds over HTTP are off: SITE_REBUILD_SECRET is not set.' })
      return
    }
    const header = req.headers.authorization
    const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined
    if (!isSecretValid({ expected: secret, given })) {
      json(
        res,
        401,
        { error: 'Send the shared secret: Authorization: Bearer <SITE_REBUILD_SECRET>.' },
        {
          'WWW-Authenticate': 'Bearer',
        },
      )
      return
    }
    if (req.method === 'POST') {
      const { reason, changes } = await readRebuildRequest(req)
      builder.notify(reason, changes)
      json(res, 202, { accepted: true, ...builder.status() })
      return
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      json(res, 200, builder.status())
      return
    }
    json(res, 405, { error: 'Use POST to ask for a rebuild, GET for its status.' }, { Allow: 'GET, POST' })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/'
    // the CMS's responses (the admin panel) keep the CMS's own headers
    if (cmsProxy && proxyToCms({ req, res, target: cmsProxy })) return
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    if (url === REBUILD_PATH || url.startsWith(`${REBUILD_PATH}?`)) return rebuild(req, res)

    let buildDir: string
    try {
      buildDir = await fs.promises.realpath(path.join(buildsDir, 'current'))
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' })
      res.end('The site is being built: try again in a moment.\n')
      return
    }
    if (buildDir !== servedBuild) {
      servedBuild = buildDir
      statics.clear()
      policies = readPagePolicies({ buildDir })
    }
    const client = path.join(buildDir, 'client')
    const root = fs.existsSync(client) ? client : buildDir

    const pathname = url.split('?')[0] ?? url
    const isRead = req.method === 'GET' || req.method === 'HEAD'
    const published = isRead && overlay?.lookup(pathname)
    if (isRead && !published && !pathname.endsWith('/') && overlay?.lookup(`${pathname}/`)?.kind === 'page') {
      res.writeHead(301, { Location: `${pathname}/`, 'Cache-Control': 'no-cache' }).end()
      return
    }
    if (published) {
      if (published.kind === 'gone') await statics.notFound({ req, res, root, policies })
      else await statics.sendPage({ req, res, file: published.file, pathname, policy: published.policy })
      return
    }

    const result = await statics.serve({ req, res, root, policies })
    if (result === 'served') return
    if (result === 'not-found') {
      const astro = await astroHandlerOf(buildDir)
      if (astro) {
        // Astro answers paths it has no page for with the prerendered 404 page, whose styles need its hashes.
        const notFoundPolicy = policies.get('/404') ?? policies.get('/404/')
        if (notFoundPolicy) res.setHeader('Content-Security-Policy', notFoundPolicy)
        await new Promise<void>((resolve, reject) => {
          res.once('close', resolve)
          Promise.resolve(
            astro(req, res, () => {
              statics.notFound({ req, res, root, policies }).then(resolve, reject)
            }),
          ).catch(reject)
        })
        return
      }
    }
    await statics.notFound({ req, res, root, policies })
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // the browser went away mid-response: nothing to report
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return
      log(
        `${req.method} ${req.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end()
    })
  })
}
