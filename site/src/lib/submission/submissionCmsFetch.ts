import { cmsUrl } from '../cmsUrl'

/**
 * A CMS REST call from the site's server on the signed-in person's behalf (their session token,
 * so the CMS's access control decides), answering the status and the parsed JSON body.
 */
export const submissionCmsFetch = async ({
  path,
  token,
  method = 'GET',
  body,
  locale,
}: {
  path: string
  token?: string
  method?: 'GET' | 'PATCH' | 'POST'
  body?: unknown
  locale?: string
}): Promise<{ status: number; body: unknown }> => {
  try {
    const response = await fetch(`${cmsUrl()}/api/${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(locale ? { 'Accept-Language': locale } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json().catch(() => null) }
  } catch (error) {
    return {
      status: 502,
      body: { errors: [{ message: error instanceof Error ? error.message : String(error) }] },
    }
  }
}
