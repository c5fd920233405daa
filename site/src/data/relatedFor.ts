import type { Locale } from '../lib/locales'
import type { RelatedPractice } from '../lib/sharing/relatedPractices'

import { relatedPractices } from '../lib/sharing/relatedPractices'
import { practicesFor } from './practicesFor'

const cached = new Map<Locale, Promise<Map<string, RelatedPractice[]>>>()

/** Every practice's related practices in one language, asked of the CMS once per build and language. */
export const relatedFor = (locale: Locale): Promise<Map<string, RelatedPractice[]>> => {
  if (!cached.has(locale))
    cached.set(
      locale,
      practicesFor(locale).then((practices) =>
        relatedPractices({ ids: practices.map((p) => p.cmsId), locale }),
      ),
    )
  return cached.get(locale)!
}
