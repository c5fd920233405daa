import type { Idea } from '@redcloud/cms/payload-types'

import { cmsUrl } from '../lib/cmsUrl'
import { fetchAllPages } from '../lib/fetchAllPages'
import { type PublicIdea, toPublicIdea } from '../lib/hub/toPublicIdea'

let pending: Promise<PublicIdea[]> | undefined

/**
 * The ideas their teams show publicly (pilot and scaled), read once per build as an anonymous
 * visitor: the CMS answers nothing else, and none of their people.
 */
export const publicIdeas = (): Promise<PublicIdea[]> =>
  (pending ??= fetchAllPages<Idea>({ baseUrl: cmsUrl(), collection: 'ideas', query: { depth: '0' } }).then(
    (ideas) => ideas.map(toPublicIdea).sort((a, b) => a.title.localeCompare(b.title)),
  ))
