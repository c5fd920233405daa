import http from 'http'
import type { AddressInfo } from 'net'
import Provider, { type Account, type KoaContext } from 'oidc-provider'

export type TestIdentityProvider = { issuer: string; stop: () => Promise<void> }

/**
 * A local OpenID Connect identity provider for tests (panva's oidc-provider, on 127.0.0.1 and a
 * free port) with one confidential client and one person: whoever signs in at its built-in
 * development login page as `login` gets `claims`. Consent is taken as given.
 */
export const startTestIdentityProvider = async ({
  client,
  login,
  claims,
}: {
  client: { id: string; secret: string; redirectUri: string }
  login: string
  claims: Record<string, unknown>
}): Promise<TestIdentityProvider> => {
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
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx: unknown, sub: string): Promise<Account | undefined> =>
      sub === login ? { accountId: sub, claims: async () => ({ ...claims, sub }) } : undefined,
    loadExistingGrant: async (ctx: KoaContext) => {
      const { client: oidcClient, session, provider: self } = ctx.oidc
      if (!oidcClient || !session?.accountId) return undefined
      const grant = new self.Grant({ clientId: oidcClient.clientId, accountId: session.accountId })
      grant.addOIDCScope('openid email')
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
