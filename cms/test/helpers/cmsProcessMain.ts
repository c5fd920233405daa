/**
 * One CMS process for tests and benches (serveCmsProcess starts it with tsx): RedCloud's config
 * on the DATABASE_URL of its environment, its REST API served over node's http on 127.0.0.1
 * through the same guard Next.js mounts at /api (withApiGuard: limits, retries of transient
 * conflicts), without a Next.js build. Prints `listening <port>` once it serves; stops on SIGTERM.
 */
import http from 'http'
import type { AddressInfo } from 'net'
import { getPayload, handleEndpoints } from 'payload'

const { default: configPromise } = await import('../../src/payload.config')
const { withApiGuard } = await import('../../src/limits/withApiGuard')
const config = await configPromise
const payload = await getPayload({ config })
const handle = withApiGuard((request: Request) => handleEndpoints({ config, request }))

const server = http.createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) headers.set(name, value.join(', '))
    }
    const response = await handle(
      new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
      }),
    )
    const out = Object.fromEntries(response.headers)
    delete out['content-encoding']
    delete out['content-length']
    res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ errors: [{ message: 'The test server failed.' }] }))
  }
})
server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`)
})
process.on('SIGTERM', () => {
  server.close()
  void payload.destroy().finally(() => process.exit(0))
})
