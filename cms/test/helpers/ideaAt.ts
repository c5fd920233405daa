import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser } from 'payload'

import { IDEA_STEPS } from '../../src/contract/ideaSteps'
import { demoUser } from './demoUsers'
import { extraHubReviewer } from './extraHubReviewer'

export type IdeaStage = 'draft' | 'published' | (typeof IDEA_STEPS)[number]

/**
 * A complete idea written by `author` (volunteer.milano unless said), taken to `stage` through
 * the Hub's pipeline by the Hub's reviewers with the plugin's Local API. Returns its id.
 */
export const ideaAt = async ({
  payload,
  stage,
  title,
  author = 'volunteer.milano',
  challenge,
}: {
  payload: Payload
  stage: IdeaStage
  title: string
  author?: string
  challenge?: number | string
}): Promise<number | string> => {
  const user = await demoUser(payload, author)
  const created = await payload.create({
    collection: 'ideas',
    draft: true,
    data: {
      title,
      challenge: challenge ?? null,
      problem: 'Il problema.',
      solution: 'La soluzione.',
      beneficiaries: 'Chi ne beneficia.',
      needs: 'Che cosa serve.',
    } as never,
    user,
    overrideAccess: false,
  })
  if (stage === 'draft') return created.id
  await transition({ payload, collection: 'ideas', id: created.id, action: 'submit', user, notify: false })
  const deciders = [
    await demoUser(payload, 'hub.reviewer'),
    await demoUser(payload, 'hub.reviewer2'),
    await demoUser(payload, 'admin'),
  ]
  const approvals = stage === 'published' ? IDEA_STEPS.length : IDEA_STEPS.indexOf(stage)
  if (approvals > 3) deciders.push(await extraHubReviewer(payload))
  for (let n = 0; n < approvals; n++)
    await transition({
      payload,
      collection: 'ideas',
      id: created.id,
      action: 'approve',
      user: deciders[n] as TypedUser,
      notify: false,
    })
  return created.id
}
