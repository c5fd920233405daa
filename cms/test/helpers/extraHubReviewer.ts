import type { Payload, TypedUser } from 'payload'

import { demoEmail, demoUser, DEMO_PASSWORD, unitId } from './demoUsers'

/** A fourth Hub reviewer, made on first use: the plugin lets each person decide once per round. */
export const extraHubReviewer = async (payload: Payload): Promise<TypedUser> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoEmail('hub.reviewer3') } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return demoUser(payload, 'hub.reviewer3')
  await payload.create({
    collection: 'users',
    data: {
      email: demoEmail('hub.reviewer3'),
      password: DEMO_PASSWORD,
      displayName: 'Terzo revisore',
      unit: await unitId(payload, 'CRI'),
      roles: ['hubReviewer', 'member'],
      preferredLanguage: 'it',
    },
  })
  return demoUser(payload, 'hub.reviewer3')
}
