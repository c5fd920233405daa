import type { Media, Practice } from '@redcloud/cms/payload-types'

import { idOf } from './idOf'

/**
 * A practice read at depth 0 with its themes and uploads filled in from collections read once
 * for the whole build: populating them in the CMS, per document, tripled each request's time.
 */
export const populatePractice = ({
  practice,
  themeSlugs,
  media,
}: {
  practice: Practice
  themeSlugs: Map<string, string>
  media: Map<string, Media>
}): Practice => {
  const upload = (value: unknown) => {
    const id = idOf(value)
    return id === null ? null : (media.get(id) ?? null)
  }
  return {
    ...practice,
    themes: (practice.themes ?? []).flatMap((theme) => {
      const id = idOf(theme)
      const slug = id === null ? undefined : themeSlugs.get(id)
      return id !== null && slug ? [{ id, slug } as unknown as NonNullable<Practice['themes']>[number]] : []
    }),
    coverImage: upload(practice.coverImage),
    attachments: (practice.attachments ?? []).map(upload).filter((file): file is Media => file !== null),
  }
}
