import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import type { TestAccounts } from './seedTestData'

/**
 * Calls the test app's REST API in-process, through Payload's own request handler, signed in
 * with a JWT from a real login (`as`: an account name from the seed; none for anonymous).
 */
export const testClient = (config: SanitizedConfig, accounts: TestAccounts) => {
  const tokens = new Map<string, Promise<string>>()

  const send = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `JWT ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  const tokenOf = (name: string): Promise<string> => {
    const account = accounts[name]
    if (!account) throw new Error(`No test account "${name}".`)
    let token = tokens.get(name)
    if (!token) {
      token = send('POST', '/users/login', account).then(({ body }) => body.token as string)
      tokens.set(name, token)
    }
    return token
  }

  return async (method: string, path: string, { as, body }: { as?: string; body?: unknown } = {}) =>
    send(method, path, body, as ? await tokenOf(as) : undefined)
}
