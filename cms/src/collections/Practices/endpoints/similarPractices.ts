import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { LOCALES, type Locale } from '../../../contract/locales'
import { SIMILAR_QUERY_LIMITS } from '../../../contract/similarQueryLimits'
import { practiceSimilarityIndex } from '../../../similarity/practiceSimilarityIndex'
import { similarityTerms } from '../../../similarity/similarityTerms'

const badRequest = (path: string, message: string) => new APIError(message, 400, [{ path, message }], true)

const MAX_IDS = 100

/** The requested language, or a 400 naming `locale`. */
const localeOf = (req: PayloadRequest): Locale => {
  const wanted = req.searchParams.get('locale') ?? req.locale ?? 'it'
  if (!(LOCALES as readonly string[]).includes(wanted)) {
    throw badRequest('locale', `The language must be one of ${LOCALES.join(', ')}.`)
  }
  return wanted as Locale
}

/**
 * GET /api/practices/similar?ids=<id>,<id>…&locale=<locale>: for each of up to 100 published
 * practices, the practices related to it (what `q` answers to its own title and summary, itself
 * left out) — `{ related: { <id>: [{ id, title, slug, unit, score }] } }`; an id that is no
 * published practice gets an empty list. The site's build asks once per 100 practices and
 * language instead of once per practice and language.
 */
const relatedAnswers = async (req: PayloadRequest, ids: string) => {
  const list = [
    ...new Set(
      ids
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
  if (list.length === 0 || list.length > MAX_IDS || list.some((id) => id.length > 64)) {
    throw badRequest('ids', `Give 1 to ${MAX_IDS} practice ids, separated by commas.`)
  }
  const locale = localeOf(req)
  const index = await practiceSimilarityIndex(req.payload)
  const related = Object.fromEntries(
    list.map((id) => [id, index.related({ id, locale, limit: SIMILAR_QUERY_LIMITS.answers })]),
  )
  return Response.json(
    { related },
    { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
  )
}

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
    const ids = req.searchParams.get('ids')
    if (ids !== null) return relatedAnswers(req, ids)
    const q = (req.searchParams.get('q') ?? '').trim()
    const { min, max } = SIMILAR_QUERY_LIMITS
    if (q.length < min || q.length > max) {
      throw badRequest('q', `The text to compare must be ${min} to ${max} characters long.`)
    }
    if (similarityTerms(q).length === 0) throw badRequest('q', 'The text to compare has no words to compare.')
    const wanted = localeOf(req)
    const exclude = req.searchParams.get('exclude')
    const index = await practiceSimilarityIndex(req.payload)
    const docs = index.search({ q, locale: wanted as Locale, limit: SIMILAR_QUERY_LIMITS.answers, exclude })
    return Response.json({ docs }, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  },
}
