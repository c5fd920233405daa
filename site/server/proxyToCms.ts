import http, { type IncomingMessage, type ServerResponse } from 'node:http'

/** The paths the CMS answers on the shared origin, as deploy/Caddyfile routes them. */
const CMS_PATH = /^\/(admin|api|_next)(\/|\?|$)/

/**
 * In development and the demo, the site server forwards the CMS's paths to the CMS, so the site
 * and the CMS share one origin (first-party session cookie, no CORS) exactly as behind the
 * production proxy. Returns false for paths that are not the CMS's.
 */
export const proxyToCms = ({
  req,
  res,
  target,
}: {
  req: IncomingMessage
  res: ServerResponse
  target: URL
}): boolean => {
  if (!CMS_PATH.test(req.url ?? '')) return false
  const upstream = http.request(
    {
      hostname: target.hostname,
      port: target.port,
      path: req.url,
      method: req.method,
      headers: {
        ...req.headers,
        host: target.host,
        'x-forwarded-host': req.headers.host ?? '',
        'x-forwarded-proto': 'http',
        'x-forwarded-for': req.socket.remoteAddress ?? '',
      },
    },
    (response) => {
      res.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(res)
    },
  )
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(
      JSON.stringify({
        errors: [{ message: `The CMS at ${target.origin} cannot be reached: ${error.message}` }],
      }),
    )
  })
  req.pipe(upstream)
  return true
}
