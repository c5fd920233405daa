import { DEMO_PASSWORD } from '@redcloud/testing/signIn'
import { withTestScores } from '@redcloud/testing/withTestScores'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>

/**
 * The CMS's REST API for end-to-end tests, as demo accounts: a token per account, JSON requests,
 * and workflow decisions at the item's current revision. `baseUrl` is read on each call, so the
 * client can be made before the CMS has started.
 */
export const cmsClient = (baseUrl: () => string) => {
  const token = async (name: string) => {
    const response = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${name}@redcloud.example.org`, password: DEMO_PASSWORD }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const api = async (pathname: string, auth?: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl()}/api/${pathname}`, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        ...(auth ? { Authorization: `JWT ${auth}` } : {}),
        ...init.headers,
      },
    })
    return { status: response.status, body: (await response.json()) as Doc }
  }
  const decide = async (id: string, action: string, auth: string, comment?: string) => {
    const { body } = await api(`practices/${id}/workflow`, auth)
    return api(`practices/${id}/workflow`, auth, {
      method: 'POST',
      body: JSON.stringify(withTestScores({ action, comment, revision: body.revision })),
    })
  }
  return { token, api, decide }
}
