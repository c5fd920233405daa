import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'
import { LOCALES, type Locale } from '../../../contract/locales'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { settings } from '../../../settings'
import { adaptationLanguage, adaptedPracticeData } from '../adapt/adaptedPracticeData'
import { ADAPTING_CONTEXT } from '../adapt/ADAPTING_CONTEXT'
import { findPublishedPractice } from './findPublishedPractice'

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value)

/**
 * POST /api/practices/:id/adapt with `{ locale? }`: "Adapt for my unit". A signed-in member
 * starts a new draft practice of their own unit, prefilled from a published one in their
 * language where it has it (see `adaptedPracticeData` for what is and is never copied), linked
 * to it by `adaptedFrom`. 401 anonymous, 404 for anything but a published practice, 429 over the
 * practices' write limit. Answers 201 `{ id, language, adminUrl, editUrl }`.
 */
export const adaptPractice: Endpoint = {
  path: '/:id/adapt',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('Sign in to adapt a practice.', 401, undefined, true)
    if (!hasRole(user, 'validator', 'contentManager', 'admin')) {
      await enforceRateLimit({ account: user.id, limit: 'practices', req })
    }
    if (idOf(user.unit) === null && !hasRole(user, 'admin')) {
      const message = 'Your account belongs to no unit: ask an administrator to add you to one.'
      throw new APIError(message, 400, [{ path: 'unit', message }], true)
    }
    await addDataAndFileToRequest(req).catch(() => undefined)
    const asked = (req.data as { locale?: unknown } | undefined)?.locale
    const preferred = (user as { preferredLanguage?: unknown }).preferredLanguage
    const callerLanguage: Locale = isLocale(asked)
      ? asked
      : isLocale(preferred)
        ? preferred
        : settings.defaultLocale
    const origin = await findPublishedPractice({ id: req.routeParams?.id, locale: 'all', req })
    if (!origin) throw new APIError('Practice not found.', 404, undefined, true)
    const language = adaptationLanguage({ language: callerLanguage, origin })
    const mediaIds = [origin.coverImage, ...(Array.isArray(origin.attachments) ? origin.attachments : [])]
      .map(idOf)
      .filter((id) => id !== null)
    const publicMedia = mediaIds.length
      ? await req.payload.find({
          collection: 'media',
          where: { and: [{ id: { in: mediaIds } }, { public: { equals: true } }] },
          depth: 0,
          limit: 0,
          pagination: false,
          select: {},
          req,
        })
      : { docs: [] }
    const data = adaptedPracticeData({
      language,
      origin,
      publicMedia: new Set(publicMedia.docs.map((doc) => String(doc.id))),
    })
    req.context[ADAPTING_CONTEXT] = true
    const created = await req.payload.create({
      collection: 'practices',
      data: { ...data, adaptedFrom: origin.id } as never,
      draft: true,
      locale: language,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const id = created.id
    return Response.json(
      {
        id,
        language,
        adaptedFrom: origin.id,
        adminUrl: `${settings.serverURL}/admin/collections/practices/${id}`,
        editUrl: `${settings.siteURL}/${language}/submit/${id}/`,
        message: 'A draft adapted from this practice is ready in your unit.',
      },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 201 },
    )
  },
}
