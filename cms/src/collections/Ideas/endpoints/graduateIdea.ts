import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { idOf } from '../../../contract/idOf'
import { LOCALES, type Locale } from '../../../contract/locales'
import { translated } from '../../../i18n/translated'
import { settings } from '../../../settings'
import { findIdeaFor } from '../findIdeaFor'
import { graduatedPracticeData } from '../graduatedPracticeData'
import { isIdeaTeam } from '../isIdeaTeam'
import { writeIdea } from '../writeIdea'

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value)

/**
 * POST /api/ideas/:id/graduate: a scaled idea "graduates". Someone in its team (or an admin)
 * starts a draft practice of their own unit, prefilled from the idea (`graduatedPracticeData`),
 * linked from the idea's `graduatedTo`; it then goes through the practices' chain. Once only:
 * the idea is re-read and written in the same transaction as the practice is created, so two
 * graduations at once make one practice and a 409. 401, 404, 403, 400 before the idea is scaled.
 */
export const graduateIdea: Endpoint = {
  path: '/:id/graduate',
  method: 'post',
  handler: async (req) => {
    const found = await findIdeaFor(req, 'graduate an idea')
    const user = req.user!
    if (!isIdeaTeam({ doc: found, user }) && !hasRole(user, 'admin'))
      throw new APIError("Only the idea's team graduates it into a practice.", 403, undefined, true)
    if (idOf(user.unit) === null) {
      const message = 'Your account belongs to no unit: ask an administrator to add you to one.'
      throw new APIError(message, 400, [{ path: 'unit', message }], true)
    }
    const preferred = (user as { preferredLanguage?: unknown }).preferredLanguage
    const language: Locale = isLocale(preferred) ? preferred : settings.defaultLocale
    const practice = await inSeatTransaction(req, async () => {
      const idea = await req.payload.findByID({
        collection: 'ideas',
        id: found.id,
        depth: 0,
        draft: true,
        req,
        overrideAccess: true,
      })
      if (idea.workflow?.stage !== 'published') {
        const message = 'Only a scaled idea graduates into a practice.'
        throw new APIError(message, 400, [{ path: 'workflow', message }], true)
      }
      if (idOf(idea.graduatedTo) !== null)
        throw new APIError('This idea has already graduated into a practice.', 409, undefined, true)
      const challenge = idOf(idea.challenge)
      const themes =
        challenge === null
          ? []
          : (
              (
                await req.payload.findByID({
                  collection: 'challenges',
                  id: challenge,
                  depth: 0,
                  req,
                  overrideAccess: true,
                  disableErrors: true,
                })
              )?.themes ?? []
            ).map(idOf)
      const data = graduatedPracticeData({
        idea,
        themes: themes.filter((id) => id !== null),
        headings: {
          solution: translated('ideas:solution')[language],
          beneficiaries: translated('ideas:beneficiaries')[language],
          needs: translated('ideas:needs')[language],
        },
      })
      const created = await req.payload.create({
        collection: 'practices',
        data: { ...data, originalLanguage: language } as never,
        draft: true,
        locale: language,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      await writeIdea({ data: { graduatedTo: created.id }, idea, req })
      return created
    })
    return Response.json(
      {
        id: practice.id,
        language,
        adminUrl: `${settings.serverURL}/admin/collections/practices/${practice.id}`,
        editUrl: `${settings.siteURL}/${language}/submit/${practice.id}/`,
      },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 201 },
    )
  },
}
