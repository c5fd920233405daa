import http from 'http'
import type { AddressInfo } from 'net'
import Provider, { type Account, type KoaContext } from 'oidc-provider'

export type TestIdentityProvider = { issuer: string; stop: () => Promise<void> }

/**
 * A local OpenID Connect identity provider for tests (panva's oidc-provider, on 127.0.0.1 and a
 * free port) with one confidential client and one person, or several: whoever signs in at its
 * built-in development login page as `login` gets `claims` (as a key of `accounts`, its claims).
 * `scopes` adds scopes and the claims each releases (besides `openid` and `email`). Consent is
 * taken as given, for every scope.
 */
export const startTestIdentityProvider = async ({
  client,
  login,
  claims,
  accounts: more = {},
  scopes = {},
}: {
  client: { id: string; secret: string; redirectUri: string }
  login: string
  claims: Record<string, unknown>
  accounts?: Record<string, Record<string, unknown>>
  scopes?: Record<string, string[]>
}): Promise<TestIdentityProvider> => {
  const accounts: Record<string, Record<string, unknown>> = { ...more, [login]: claims }
  let handle: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end()
  const server = http.createServer((req, res) => handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { ...scopes, openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx: unknown, sub: string): Promise<Account | undefined> =>
      Object.hasOwn(accounts, sub)
        ? { accountId: sub, claims: async () => ({ ...accounts[sub], sub }) }
        : undefined,
    loadExistingGrant: async (ctx: KoaContext) => {
      const { client: oidcClient, session, provider: self } = ctx.oidc
      if (!oidcClient || !session?.accountId) return undefined
      const grant = new self.Grant({ clientId: oidcClient.clientId, accountId: session.accountId })
      grant.addOIDCScope(['openid', 'email', ...Object.keys(scopes)].join(' '))
      await grant.save()
      return grant
    },
    features: { devInteractions: { enabled: true } },
  })
  handle = provider.callback()
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
