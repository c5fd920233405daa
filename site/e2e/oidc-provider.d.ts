// oidc-provider ships no types: the little the test identity provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'http'

  interface Grant {
    addOIDCScope: (scope: string) => void
    save: () => Promise<string>
  }
  interface KoaContext {
    oidc: {
      client?: { clientId: string }
      session?: { accountId?: string }
      provider: Provider
    }
  }
  interface Account {
    accountId: string
    claims: () => Promise<Record<string, unknown>>
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>)
    Grant: new (options: { clientId: string; accountId: string }) => Grant
    proxy: boolean
    callback: () => (req: IncomingMessage, res: ServerResponse) => void
  }
  export type { Account, KoaContext }
}
