import { transition } from '@redcloud/plugin-staged-approval'
import type { Unit } from '@redcloud/cms/payload-types'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { challenges, ideas, type SeedIdea } from './data/hub'
import type { SeedLocale } from './data/types'

// Generated types say number (SQLite); on MongoDB the same values are strings at run time.
type Id = Unit['id']
const DAY = 24 * 60 * 60 * 1000
const LOCALES: SeedLocale[] = ['it', 'en', 'fr', 'es']
const STEPS: Record<SeedIdea['stage'], number> = { draft: -1, submitted: 0, incubation: 2, pilot: 3 }

/**
 * The Innovation Hub's demo challenges (dated from today, in four languages) and ideas, each
 * walked to its stage with the staged-approval plugin's Local API by the Hub's reviewers (one
 * decision each per round, the plugin's four eyes: two reviewers, then an admin). Mentors,
 * notes, funding and visibility are written directly. Found again by Italian title.
 */
export const seedHub = async ({
  payload,
  themeIds,
  account,
  count,
}: {
  payload: Payload
  themeIds: Map<string, Id>
  /** A demo account by name. */
  account: (name: string) => Promise<TypedUser>
  count: (what: string, created: boolean) => void
}): Promise<void> => {
  const now = Date.now()
  const challengeIds: Id[] = []
  for (const challenge of challenges) {
    const { docs } = await payload.find({
      collection: 'challenges',
      where: { title: { equals: challenge.title.it } },
      locale: 'it',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    count('challenges', !docs[0])
    let id = docs[0]?.id
    for (const locale of LOCALES) {
      const data = {
        title: challenge.title[locale],
        problem: challenge.problem[locale],
        support: challenge.support[locale],
        opensAt: new Date(now + challenge.opensInDays * DAY).toISOString(),
        closesAt: new Date(now + challenge.closesInDays * DAY).toISOString(),
        themes: challenge.themes.map((slug) => themeIds.get(slug)).filter((theme) => theme !== undefined),
      }
      if (id === undefined) id = (await payload.create({ collection: 'challenges', data, locale })).id
      else if (!docs[0]) await payload.update({ collection: 'challenges', id, data, locale })
    }
    challengeIds.push(id as Id)
  }

  const reviewers = [await account('hub.reviewer'), await account('hub.reviewer2'), await account('admin')]
  const req = await createLocalReq({}, payload)
  for (const idea of ideas) {
    const { docs } = await payload.find({
      collection: 'ideas',
      where: { title: { equals: idea.title } },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    count('ideas', !docs[0])
    if (docs[0]) continue
    const author = await account(idea.author)
    const team = [author.id]
    for (const name of idea.team) team.push((await account(name)).id)
    const created = await payload.create({
      collection: 'ideas',
      draft: true,
      data: {
        title: idea.title,
        challenge: idea.challenge === null ? null : challengeIds[idea.challenge],
        problem: idea.problem || null,
        solution: idea.solution || null,
        beneficiaries: idea.beneficiaries || null,
        needs: idea.needs || null,
        author: author.id,
        unit: author.unit,
        team,
      } as never,
    })
    const decisions = STEPS[idea.stage]
    if (decisions < 0) continue
    const days = 30
    await transition({
      payload,
      req,
      collection: 'ideas',
      id: created.id,
      action: 'submit',
      user: author,
      notify: false,
      at: new Date(now - days * DAY),
    })
    for (let n = 0; n < decisions; n++)
      await transition({
        payload,
        req,
        collection: 'ideas',
        id: created.id,
        action: 'approve',
        user: reviewers[n] as TypedUser,
        notify: false,
        at: new Date(now - (days - (n + 1) * 7) * DAY),
      })
    if (idea.mentor || idea.showPublicly)
      await payload.update({
        collection: 'ideas',
        id: created.id,
        data: {
          ...(idea.mentor ? { mentors: [(await account(idea.mentor)).id] } : {}),
          ...(idea.showPublicly ? { showPublicly: true } : {}),
        },
        depth: 0,
      })
    for (const [n, { by, note }] of (idea.notes ?? []).entries()) {
      const writer = await account(by)
      await payload.create({
        collection: 'idea-notes',
        data: {
          idea: created.id,
          note,
          date: new Date(now - (10 - n * 4) * DAY).toISOString(),
          author: writer.id,
          authorName: String((writer as { displayName?: unknown }).displayName ?? ''),
        },
      })
      count('idea notes', true)
    }
    if (idea.crowdfunding)
      await payload.create({
        collection: 'idea-funding',
        data: {
          idea: created.id,
          source: 'crowdfunding',
          funder: 'Rete del Dono',
          currency: 'EUR',
          amountAsked: idea.crowdfunding.asked,
          amountObtained: idea.crowdfunding.raised,
          crowdfundingUrl: idea.crowdfunding.url,
          crowdfundingTarget: idea.crowdfunding.target,
          crowdfundingRaised: idea.crowdfunding.raised,
          author: author.id,
          authorName: String((author as { displayName?: unknown }).displayName ?? ''),
        },
      })
  }
}
