import { IDEA_LIMITS } from '@redcloud/cms/contract'

const TEXTS = ['problem', 'solution', 'beneficiaries', 'needs'] as const

/** What the idea form posts, as the CMS takes it (trimmed, cut to the CMS's lengths; empty challenge: the open call). */
export const ideaFromForm = (form: FormData): Record<string, null | string> => {
  const value = (name: string, max: number) =>
    String(form.get(name) ?? '')
      .trim()
      .slice(0, max)
  const challenge = value('challenge', 64)
  return {
    title: value('title', IDEA_LIMITS.title),
    challenge: /^[\w-]{1,64}$/.test(challenge) ? challenge : null,
    ...Object.fromEntries(TEXTS.map((name) => [name, value(name, IDEA_LIMITS.text) || null])),
  }
}
