import type { Endpoint, Payload } from 'payload'

const notFound = (message: string) => () => Response.json({ errors: [{ message }] }, { status: 404 })

const versionRoutes: Endpoint[] = (['get /versions', 'get /versions/:id', 'post /versions/:id'] as const).map(
  (route) => {
    const [method, path] = route.split(' ') as ['get' | 'post', string]
    return { method, path, handler: notFound('This keeps no versions.') }
  },
)
const verifyRoute: Endpoint = {
  method: 'post',
  path: '/verify/:id',
  handler: notFound('E-mail verification is off.'),
}

const patched = new WeakSet<object>()

/**
 * Payload mounts the versions routes on every collection and global, and e-mail verification on
 * every auth collection; where those are off, the routes failed with 500 (the database has no
 * such tables or columns). These answer 404 first (the first matching endpoint wins).
 */
export const rejectUnusedRoutes = (payload: Payload): void => {
  const configs = [
    ...Object.values(payload.collections).map((collection) => collection.config),
    ...payload.globals.config,
  ]
  for (const config of configs) {
    if (config.endpoints === false || patched.has(config)) continue
    patched.add(config)
    const unused = [
      ...(config.versions ? [] : versionRoutes),
      ...('auth' in config && config.auth && !config.auth.verify ? [verifyRoute] : []),
    ]
    config.endpoints = [...unused, ...config.endpoints]
  }
}
