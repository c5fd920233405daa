import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { LOCALES, type Locale } from '../../../contract/locales'
import { SIMILAR_QUERY_LIMITS } from '../../../contract/similarQueryLimits'
import { practiceSimilarityIndex } from '../../../similarity/practiceSimilarityIndex'
import { similarityTerms } from '../../../similarity/similarityTerms'

const badRequest = (path: string, message: string) => new APIError(message, 400, [{ path, message }], true)

/**
 * GET /api/practices/similar?q=<text>&locale=<locale>[&exclude=<id>]: the published practices
 * whose title and summary are closest to `q` (a title being typed, a summary), in any of the
 * four languages, best first, at most five: `{ docs: [{ id, title, slug, unit, score }] }`.
 * Public, like the practices it lists; nothing personal.
 */
export const similarPractices: Endpoint = {
  path: '/similar',
  method: 'get',
  handler: async (req) => {
    const q = (req.searchParams.get('q') ?? '').trim()
    const { min, max } = SIMILAR_QUERY_LIMITS
    if (q.length < min || q.length > max) {
      throw badRequest('q', `The text to compare must be ${min} to ${max} characters long.`)
    }
    if (similarityTerms(q).length === 0) throw badRequest('q', 'The text to compare has no words to compare.')
    const wanted = req.searchParams.get('locale') ?? req.locale ?? 'it'
    if (!(LOCALES as readonly string[]).includes(wanted)) {
      throw badRequest('locale', `The language must be one of ${LOCALES.join(', ')}.`)
    }
    const exclude = req.searchParams.get('exclude')
    const index = await practiceSimilarityIndex(req.payload)
    const docs = index.search({ q, locale: wanted as Locale, limit: SIMILAR_QUERY_LIMITS.answers, exclude })
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
