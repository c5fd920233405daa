import type { DuringTransition } from '@redcloud/plugin-staged-approval'

import { APIError } from 'payload'

import { interpolate } from '../../../contract/interpolate'
import { LOCALES, type Locale } from '../../../contract/locales'
import { translated } from '../../../i18n/translated'
import { settings } from '../../../settings'
import { recognitionProblem } from './recognitionProblem'

/** The caller's language: the admin's (or Accept-Language), else their preferred one, else the default. */
const callerLocale = (language: unknown, user: unknown): Locale => {
  const preferred = (user as null | { preferredLanguage?: unknown })?.preferredLanguage
  return (
    LOCALES.find((locale) => locale === language) ??
    LOCALES.find((locale) => locale === preferred) ??
    settings.defaultLocale
  )
}

/**
 * The workflow's part in recognition (DESIGN.md "Recognition"): each final approval decides
 * whether the practice is recognised. With `recognise: true` the latest regional and national
 * mean scores must each reach the threshold, or the approval is a 400 that says which fell short;
 * without it the practice (re)published is not recognised. Runs inside the transition's
 * transaction; what it returns is written with the publication.
 */
export const recognisePractice: DuringTransition = ({
  action,
  doc,
  flags,
  history,
  req,
  round,
  scores,
  to,
}) => {
  if (action !== 'approve' || to !== 'published') return
  if (!flags.recognise) return { recognised: false, recognisedAt: null }
  const problem = recognitionProblem({ history, round, scores, threshold: settings.recognitionThreshold })
  if (!problem) {
    const earlier = doc.recognised === true && typeof doc.recognisedAt === 'string' ? doc.recognisedAt : null
    return { recognised: true, recognisedAt: earlier ?? new Date().toISOString() }
  }
  const locale = callerLocale(req.i18n?.language, req.user)
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const level = translated(`recognition:${problem.level}`)[locale]
  const message =
    problem.kind === 'noScores'
      ? interpolate(translated('recognition:noScores')[locale], { level })
      : interpolate(translated('recognition:belowThreshold')[locale], {
          level,
          mean: number.format(problem.mean),
          threshold: number.format(settings.recognitionThreshold),
        })
  throw new APIError(message, 400, undefined, true)
}
