import type { CmsData } from './fetchCmsData'

import { fetchCmsData } from './fetchCmsData'

let pending: Promise<CmsData> | undefined

/** The CMS's data, read once per build however many collections ask for it. */
export const cmsData = (): Promise<CmsData> => {
  pending ??= fetchCmsData()
  return pending
}
