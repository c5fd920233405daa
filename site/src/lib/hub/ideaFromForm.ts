import { IDEA_LIMITS } from '@redcloud/cms/contract'

import { cmsIdFromText, type IdType } from '../cmsIdFromText'

const TEXTS = ['problem', 'solution', 'beneficiaries', 'needs'] as const

/** What the idea form posts, as the CMS takes it (trimmed, cut to the CMS's lengths; empty challenge: the open call). */
export const ideaFromForm = (form: FormData, idType: IdType): Record<string, null | number | string> => {
  const value = (name: string, max: number) =>
    String(form.get(name) ?? '')
      .trim()
      .slice(0, max)
  const challenge = value('challenge', 64)
  return {
    title: value('title', IDEA_LIMITS.title),
    challenge: /^[\w-]{1,64}$/.test(challenge) ? cmsIdFromText({ text: challenge, idType }) : null,
    ...Object.fromEntries(TEXTS.map((name) => [name, value(name, IDEA_LIMITS.text) || null])),
  }
}
