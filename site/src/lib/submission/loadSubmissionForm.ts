import { CRITERIA } from '@redcloud/cms/contract'
import type { Guide, Media, Practice, Theme } from '@redcloud/cms/payload-types'

import { idOf } from '../idOf'
import { isLocale, type Locale } from '../locales'
import type { SessionUser } from '../session/sessionUser'
import { siteSettings } from '../settings/siteSettings'
import { guideCriterionHelp } from './guideCriterionHelp'
import { practiceToSubmissionState } from './practiceToSubmissionState'
import type { SubmissionState } from './SubmissionState'
import { submissionCmsFetch } from './submissionCmsFetch'

/** The guide whose sections explain the criteria (seed/src/data/guides.ts). */
export const SUBMISSION_GUIDE_SLUG = 'what-is-a-best-practice'

/** Stages in which the author may still change a practice. */
const EDITABLE = ['draft', 'changes_requested', 'withdrawn']

export type SubmissionFormData =
  | { kind: 'missing' }
  | { kind: 'locked'; stage: string }
  | {
      kind: 'form'
      practiceId: null | string
      contentLocale: Locale
      stage: string
      state: SubmissionState
      files: Record<string, string>
      themes: { id: string; name: string; icon: string }[]
      guide: null | { slug: string; title: string; help: Record<string, string> }
      /** The CMS's largest upload, in bytes (checked before a file is sent). */
      uploadMaxBytes: number
    }

/**
 * Everything the submission form shows, read from the CMS with the volunteer's token: the
 * practice (their own, in an editable stage, in the language it was written in), the themes and
 * the guide's help for each criterion.
 */
export const loadSubmissionForm = async ({
  id,
  locale,
  token,
  user,
}: {
  id: null | string
  locale: Locale
  token: string
  user: SessionUser
}): Promise<SubmissionFormData> => {
  let practice: Partial<Practice> = {}
  let contentLocale: Locale = locale
  let stage = 'draft'
  if (id !== null) {
    const read = (lang: string) =>
      submissionCmsFetch({
        path: `practices/${encodeURIComponent(id)}?draft=true&depth=1&locale=${lang}&fallback-locale=none`,
        token,
      })
    let found = await read(locale)
    const original = (found.body as Practice | null)?.originalLanguage
    if (found.status === 200 && isLocale(original) && original !== locale) {
      contentLocale = original
      found = await read(original)
    }
    if (found.status !== 200) return { kind: 'missing' }
    practice = found.body as Practice
    if (idOf(practice.author) !== user.id) return { kind: 'missing' }
    stage = practice.workflow?.stage ?? 'draft'
    if (!EDITABLE.includes(stage)) return { kind: 'locked', stage }
  }
  const [themes, guides, settings] = await Promise.all([
    submissionCmsFetch({ path: `themes?locale=${locale}&depth=0&limit=100&sort=name` }),
    submissionCmsFetch({
      path: `guides?where[slug][equals]=${SUBMISSION_GUIDE_SLUG}&locale=${locale}&depth=0&limit=1`,
    }),
    siteSettings(),
  ])
  const guide = ((guides.body as { docs?: Guide[] } | null)?.docs ?? [])[0]
  const sections = guide ? guideCriterionHelp(guide.body) : []
  const files: Record<string, string> = {}
  for (const media of [practice.coverImage, ...(practice.attachments ?? [])]) {
    if (media && typeof media === 'object')
      files[String(media.id)] = (media as Media).filename ?? String(media.id)
  }
  return {
    kind: 'form',
    practiceId: id,
    contentLocale,
    stage,
    state: practiceToSubmissionState(practice),
    files,
    themes: ((themes.body as { docs?: Theme[] } | null)?.docs ?? []).map((theme) => ({
      id: String(theme.id),
      name: theme.name,
      icon: theme.icon,
    })),
    guide: guide
      ? {
          slug: SUBMISSION_GUIDE_SLUG,
          title: guide.title,
          help: Object.fromEntries(
            CRITERIA.map((criterion, index) => [criterion, sections[index]?.text ?? '']),
          ),
        }
      : null,
    uploadMaxBytes: settings.uploadMaxBytes,
  }
}
