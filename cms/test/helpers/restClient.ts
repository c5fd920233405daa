import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import { DEMO_PASSWORD, demoEmail } from './demoUsers'

export type RestResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * Calls the real REST API in-process, through the same handler Next.js mounts at /api (the
 * body and page-size guard, then Payload's handleEndpoints), with a JWT from a real login. Logins are cached per account (hashing a password is slow on purpose).
 */
export const restClient = (config: SanitizedConfig, origin = 'http://localhost:3000') => {
  const tokens = new Map<string, string>()

  const raw = async (
    method: string,
    path: string,
    { body, token, headers = {} }: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<RestResponse> => {
    const request = new Request(`${origin}/api${path}`, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
    // imported late: settings are read once the test has set its environment
    const { withApiGuard } = await import('../../src/limits/withApiGuard')
    const response = await withApiGuard((guarded: Request) => handleEndpoints({ config, request: guarded }))(
      request,
    )
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers }
  }

  const login = async (name: string): Promise<string> => {
    const cached = tokens.get(name)
    if (cached) return cached
    const response = await raw('POST', '/users/login', {
      body: { email: demoEmail(name), password: DEMO_PASSWORD },
    })
    if (response.status !== 200)
      throw new Error(`Login as ${name} failed: ${response.status} ${JSON.stringify(response.body)}`)
    const token = (response.body as { token: string }).token
    tokens.set(name, token)
    return token
  }

  /** `as`: a demo account name, or undefined for an anonymous caller. */
  const call = async (
    method: string,
    path: string,
    options: { as?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    raw(method, path, {
      body: options.body,
      headers: options.headers,
      token: options.as ? await login(options.as) : undefined,
    })

  return {
    raw,
    login,
    get: (path: string, options?: { as?: string; headers?: Record<string, string> }) =>
      call('GET', path, options),
    post: (path: string, body: unknown, options?: { as?: string; headers?: Record<string, string> }) =>
      call('POST', path, { ...options, body }),
    patch: (path: string, body: unknown, options?: { as?: string; headers?: Record<string, string> }) =>
      call('PATCH', path, { ...options, body }),
    del: (path: string, options?: { as?: string }) => call('DELETE', path, options),
    /** The GraphQL endpoint, through the handler Next.js mounts at /api/graphql. */
    graphql: async (
      query: string,
      options?: { as?: string; variables?: Record<string, unknown> },
    ): Promise<RestResponse> => {
      const { graphQLRoute } = await import('../../src/limits/graphQLRoute')
      const token = options?.as ? await login(options.as) : undefined
      const request = new Request(`${origin}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify({ query, variables: options?.variables }),
      })
      const response = await graphQLRoute(config)(request)
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
    },
  }
}

export type RestClient = ReturnType<typeof restClient>
