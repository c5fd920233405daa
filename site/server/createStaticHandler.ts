import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { safeNextPath } from '../src/lib/account/safeNextPath.ts'
import { contentTypeOf } from './contentTypeOf.ts'

export type StaticResult = 'served' | 'not-found' | 'refused'

/** Each prerendered page's Content-Security-Policy by page path (see readPagePolicies). */
type PagePolicies = ReadonlyMap<string, string>

type Encoding = 'br' | 'gzip'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/
const MIN_COMPRESS_BYTES = 512
const MAX_COMPRESS_BYTES = 4 * 1024 * 1024

/** Hashed build assets never change; pages and indexes must show a rebuild at once. */
const cacheControlFor = (pathname: string, contentType: string) => {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable'
  if (
    /^(text\/html|application\/(json|xml|rss)|text\/(csv|plain))/.test(contentType) ||
    pathname.startsWith('/pagefind/')
  )
    return 'public, max-age=0, must-revalidate'
  return 'public, max-age=86400'
}

const acceptedEncodings = (header: string | string[] | undefined): Encoding[] => {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0+)?$/.test(part))
      .map((part) => part.split(';')[0]),
  )
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding))
}

/** The page path a built HTML file answers ("en/faq/index.html" → "/en/faq/", "404.html" → "/404"). */
const pagePathsOf = (relativeFile: string) => {
  const file = relativeFile.split(path.sep).join('/')
  const page = file.endsWith('index.html')
    ? `/${file.slice(0, -'index.html'.length)}`
    : `/${file.replace(/\.html$/, '')}`
  return [page, page.endsWith('/') && page !== '/' ? page.slice(0, -1) : `${page}/`]
}

const isFile = async (file: string) => {
  try {
    return (await fs.promises.stat(file)).isFile()
  } catch {
    return false
  }
}

const isDirectory = async (file: string) => {
  try {
    return (await fs.promises.stat(file)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Serves a build's static files: content types, ETags, precompressed `.br`/`.gz` files or
 * compression on the fly (kept in a bounded memory cache), cache headers, `index.html` for
 * folders, and nothing outside the build folder.
 */
export const createStaticHandler = ({ cacheBytes = 64 * 1024 * 1024 }: { cacheBytes?: number } = {}) => {
  const compressed = new Map<string, Buffer>()
  let cachedBytes = 0

  const compress = async ({ encoding, file, key }: { encoding: Encoding; file: string; key: string }) => {
    const hit = compressed.get(key)
    if (hit) return hit
    const raw = await fs.promises.readFile(file)
    const body =
      encoding === 'br'
        ? await brotli(raw, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : await gzip(raw, { level: 9 })
    compressed.set(key, body)
    cachedBytes += body.length
    for (const [oldKey, oldBody] of compressed) {
      if (cachedBytes <= cacheBytes) break
      compressed.delete(oldKey)
      cachedBytes -= oldBody.length
    }
    return body
  }

  const sendFile = async ({
    file,
    pathname,
    req,
    res,
    root,
    policies,
    status = 200,
  }: {
    file: string
    pathname: string
    req: IncomingMessage
    res: ServerResponse
    root: string
    policies: PagePolicies
    status?: number
  }) => {
    const stat = await fs.promises.stat(file)
    const contentType = contentTypeOf(file)
    if (contentType.startsWith('text/html')) {
      const policy = [pathname, ...pagePathsOf(path.relative(root, file))]
        .map((page) => policies.get(page))
        .find(Boolean)
      if (policy) res.setHeader('Content-Security-Policy', policy)
    }
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
    const isCompressible = COMPRESSIBLE.test(contentType)
    res.setHeader('Content-Type', contentType)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Cache-Control', status === 200 ? cacheControlFor(pathname, contentType) : 'no-cache')
    if (isCompressible) res.setHeader('Vary', 'Accept-Encoding')
    if (status === 200) {
      res.setHeader('ETag', etag)
      res.setHeader('Last-Modified', stat.mtime.toUTCString())
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end()
        return
      }
    }
    const isHead = req.method === 'HEAD'
    for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
      const precompressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`
      if (await isFile(precompressed)) {
        const size = (await fs.promises.stat(precompressed)).size
        res.writeHead(status, { 'Content-Encoding': encoding, 'Content-Length': size })
        if (isHead) res.end()
        else await pipeline(fs.createReadStream(precompressed), res)
        return
      }
      if (isCompressible && stat.size >= MIN_COMPRESS_BYTES && stat.size <= MAX_COMPRESS_BYTES) {
        const body = await compress({ encoding, file, key: `${file}\0${etag}\0${encoding}` })
        res.writeHead(status, { 'Content-Encoding': encoding, 'Content-Length': body.length })
        res.end(isHead ? undefined : body)
        return
      }
    }
    res.writeHead(status, { 'Content-Length': stat.size })
    if (isHead) res.end()
    else await pipeline(fs.createReadStream(file), res)
  }

  /** Finds the file a URL path names inside `root`, or why not. */
  const locate = async ({
    root,
    pathname,
  }: {
    root: string
    pathname: string
  }): Promise<{ file: string } | { redirect: string } | StaticResult> => {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return 'refused'
    }
    if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return 'refused'
    if (decoded.split('/').some((segment) => segment === '..')) return 'refused'
    const target = path.resolve(root, `.${decoded}`)
    if (target !== root && !target.startsWith(root + path.sep)) return 'refused'

    const candidates = decoded.endsWith('/') ? [path.join(target, 'index.html')] : [target, `${target}.html`]
    for (const candidate of candidates) {
      if (!(await isFile(candidate))) continue
      // a symbolic link inside the build must not lead out of it
      const real = await fs.promises.realpath(candidate)
      if (!real.startsWith(root + path.sep)) return 'refused'
      return { file: real }
    }
    if (
      !decoded.endsWith('/') &&
      (await isFile(path.join(target, 'index.html'))) &&
      (await isDirectory(target))
    )
      // the same check as every other redirect: `//host/` or `/.//host/` would leave the site
      return { redirect: safeNextPath({ next: `/${pathname.replace(/^\/+/, '')}/`, fallback: '/' }) }
    return 'not-found'
  }

  return {
    /** Serves GET and HEAD requests for files of `root` (an absolute, resolved folder). */
    serve: async ({
      req,
      res,
      root,
      policies = new Map(),
    }: {
      req: IncomingMessage
      res: ServerResponse
      root: string
      policies?: PagePolicies
    }): Promise<StaticResult> => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return 'not-found'
      const url = req.url ?? '/'
      const queryAt = url.indexOf('?')
      const pathname = queryAt >= 0 ? url.slice(0, queryAt) : url
      const found = await locate({ root, pathname })
      if (typeof found === 'string') return found
      if ('redirect' in found) {
        const query = queryAt >= 0 ? url.slice(queryAt) : ''
        res
          .writeHead(301, { Location: found.redirect + query, 'Cache-Control': 'public, max-age=3600' })
          .end()
        return 'served'
      }
      await sendFile({ file: found.file, pathname, req, res, root, policies })
      return 'served'
    },
    /** Sends one file as the page `pathname` (GET or HEAD), with that page's policy if any. */
    sendPage: async ({
      req,
      res,
      file,
      pathname,
      policy,
    }: {
      req: IncomingMessage
      res: ServerResponse
      file: string
      pathname: string
      policy: null | string
    }) =>
      sendFile({
        file,
        pathname,
        req,
        res,
        root: path.dirname(file),
        policies: new Map(policy ? [[pathname, policy]] : []),
      }),
    /** Answers 404 with the build's own 404 page, or a plain text one. */
    notFound: async ({
      req,
      res,
      root,
      policies = new Map(),
    }: {
      req: IncomingMessage
      res: ServerResponse
      root: null | string
      policies?: PagePolicies
    }) => {
      for (const page of ['404.html', '404/index.html']) {
        if (root && (await isFile(path.join(root, page)))) {
          const file = path.join(root, page)
          await sendFile({ file, pathname: `/${page}`, req, res, root, policies, status: 404 })
          return
        }
      }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
      res.end(req.method === 'HEAD' ? undefined : 'Not found\n')
    },
    /** Forgets compressed copies (e.g. after a new build went live). */
    clear: () => {
      compressed.clear()
      cachedBytes = 0
    },
  }
}

export type StaticHandler = ReturnType<typeof createStaticHandler>
