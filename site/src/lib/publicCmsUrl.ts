import { cmsUrl } from './cmsUrl'

/** Where a visitor's browser reaches the CMS (sign-in, media): `PUBLIC_CMS_URL`, else `CMS_URL`. */
export const publicCmsUrl = (env: Record<string, string | undefined> = process.env): string =>
  (env.PUBLIC_CMS_URL ?? cmsUrl(env)).replace(/\/+$/, '')
