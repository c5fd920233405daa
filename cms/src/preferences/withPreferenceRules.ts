import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

const PREFERENCES = 'payload-preferences'

/**
 * Deleting an admin-panel preference that does not exist fails inside the SQLite adapter (500);
 * it is a 404 with a message. Payload adds this collection while sanitizing, so the rule goes
 * onto the sanitized config.
 */
const answerMissingPreference =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const key = req.routeParams?.key
    if (req.user && typeof key === 'string') {
      const found = await req.payload.db.findOne({
        collection: PREFERENCES,
        req,
        where: {
          and: [
            { key: { equals: key } },
            { 'user.value': { equals: req.user.id } },
            { 'user.relationTo': { equals: req.user.collection } },
          ],
        },
      })
      if (!found) {
        return Response.json(
          { errors: [{ message: `There is no preference "${key}".` }] },
          { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
        )
      }
    }
    return handler(req)
  }

export const withPreferenceRules = async (incoming: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await incoming
  const preferences = config.collections.find(({ slug }) => slug === PREFERENCES)
  if (!preferences || !Array.isArray(preferences.endpoints)) return config
  preferences.endpoints = preferences.endpoints.map((endpoint: Endpoint) =>
    endpoint.method === 'delete' && endpoint.path === '/:key'
      ? { ...endpoint, handler: answerMissingPreference(endpoint.handler) }
      : endpoint,
  )
  return config
}
