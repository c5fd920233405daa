import type { Resource } from '@redcloud/cms/payload-types'

import type { Locale } from '../locales'
import type { ResourceEntry } from './deskEntries'

import { safeUrl } from '../safeUrl'
import { toPublicFile } from '../toPublicFile'

/**
 * A resource read on a signed-in person's behalf, as the resource card shows it. Its file stays
 * a same-origin `/api/media/file/…` address: the CMS serves it to the person's own session only.
 */
export const toMemberResource = ({
  doc,
  locale,
}: {
  doc: Resource
  locale: Locale
}): Pick<
  ResourceEntry,
  'contentLocale' | 'description' | 'file' | 'isFallback' | 'language' | 'link' | 'title' | 'type'
> => {
  const link = safeUrl(doc.link)
  return {
    title: doc.title,
    description: doc.description ?? '',
    type: doc.type,
    language: doc.language ?? 'other',
    contentLocale: locale,
    isFallback: false,
    file: toPublicFile({ value: doc.file, mediaBaseUrl: '' }),
    link: link && /^https?:/.test(link) ? link : null,
  }
}
