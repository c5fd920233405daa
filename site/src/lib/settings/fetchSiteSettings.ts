import { parseSiteSettings, SITE_SETTINGS_PATH, type SiteSettings } from '@redcloud/cms/contract'

import { cmsUrl } from '../cmsUrl'

/**
 * The CMS's answer to `GET /api/site-settings`: the values of its environment the site must
 * agree with. Fails with a message naming the address when the CMS cannot answer.
 */
export const fetchSiteSettings = async ({
  env = process.env,
  fetchImpl = fetch,
}: {
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
} = {}): Promise<SiteSettings> => {
  const url = `${cmsUrl(env)}/api${SITE_SETTINGS_PATH}`
  let response: Response
  try {
    response = await fetchImpl(url, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    })
  } catch (error) {
    throw new Error(
      `The CMS at ${url} cannot be reached (${error instanceof Error ? error.message : error}).`,
    )
  }
  if (!response.ok) throw new Error(`The CMS at ${url} answered ${response.status}.`)
  return parseSiteSettings(await response.json().catch(() => null))
}
