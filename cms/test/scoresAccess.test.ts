import { CRITERIA } from '@redcloud/cms/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { criterionLabels } from '../src/contract/criterionLabels'
import { outbox } from '../src/email/outbox'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { scoredPractice, scoresOf } from './helpers/scoredPractice'

type Id = number | string

let ctx: TestContext
let api: RestClient
let id: Id
let eventId: Id

/** Distinctive scores (0, 1, 2, 3, 0, …) so that none can pass for another number in a body. */
const SCORES = Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, index % 4]))

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  // A member of the author's unit who did not write the practice: reads its drafts and history.
  await ctx.payload.create({
    collection: 'users',
    data: {
      email: demoEmail('colleague.milano'),
      password: DEMO_PASSWORD,
      displayName: 'Collega di Milano',
      unit: await unitId(ctx.payload, 'LOM-MI'),
      roles: ['member'],
    } as never,
  })
  const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  const practice = scoredPractice({ api, theme })
  outbox.length = 0
  id = await practice.atNational('Punteggi riservati', SCORES)
  await practice.ok(id, 'validator.national', { action: 'approve', scores: scoresOf(3) })
  const { docs } = await ctx.payload.find({
    collection: 'workflow-events',
    where: { and: [{ document: { equals: String(id) } }, { from: { equals: 'regional_review' } }] },
    depth: 0,
  })
  eventId = docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

/** Who reads the scores, by the issue: validators (in scope for the history) and admins. */
const ACCOUNTS: [string | undefined, { raw: boolean; history: boolean }][] = [
  [undefined, { raw: false, history: false }],
  ['volunteer.roma', { raw: false, history: false }], // a member of another unit
  ['colleague.milano', { raw: false, history: false }], // a member of the author's unit
  ['volunteer.milano', { raw: false, history: false }], // the author
  ['editor', { raw: false, history: false }], // a content manager: reads every draft, no scores
  ['validator.lazio', { raw: false, history: false }], // a validator out of scope
  ['validator.lombardia', { raw: false, history: true }], // in scope: the regional validator
  ['validator.national', { raw: false, history: true }],
  ['admin', { raw: true, history: true }],
]

/** Whether an events response carries scores: the whole object, or any criterion's key. */
const carriesScores = (body: unknown) => {
  const text = JSON.stringify(body)
  return text.includes('"scores":{') || CRITERIA.some((criterion) => text.includes(`"${criterion}":`))
}
/**
 * Whether a practice's body carries scores: its own self-assessment has the criteria's keys, so
 * only a `scores` key or the regional validator's distinctive set betray them.
 */
const practiceCarriesScores = (body: unknown) => {
  const text = JSON.stringify(body)
  return text.includes('"scores"') || text.includes(JSON.stringify(SCORES).slice(1, -1))
}

describe('SECURITY.md §1 Authorization matrix, §2 No leaks to anonymous callers: scores', () => {
  it.each(ACCOUNTS)('%s: REST find, findByID, a where on scores and versions', async (as, may) => {
    const find = await api.get(`/workflow-events?where[document][equals]=${id}&depth=2`, { as })
    const byId = await api.get(`/workflow-events/${eventId}?depth=2`, { as })
    expect(carriesScores(find.body), JSON.stringify(find.body)).toBe(may.raw)
    expect(carriesScores(byId.body)).toBe(may.raw)
    if (may.raw) expect(byId.body.scores).toEqual(SCORES)
    else expect([403, 404]).toContain(byId.status)
    // A where on the field cannot tell anyone the scores either.
    const probe = await api.get(`/workflow-events?where[scores.socialNeed][equals]=1`, { as })
    if (!may.raw) expect(carriesScores(probe.body)).toBe(false)
    const versions = await api.get(`/practices/versions?where[parent][equals]=${id}&depth=3`, { as })
    expect(practiceCarriesScores(versions.body)).toBe(false)
  })

  it.each(ACCOUNTS)('%s: GraphQL', async (as, may) => {
    const list = await api.graphql(
      `{ WorkflowEvents(where: { document: { equals: "${id}" } }) { docs { id action scores } } }`,
      { as },
    )
    const one = await api.graphql(`{ WorkflowEvent(id: ${JSON.stringify(eventId)}) { id scores } }`, { as })
    expect(carriesScores(list.body)).toBe(may.raw)
    expect(carriesScores(one.body)).toBe(may.raw)
    if (may.raw) expect(one.body.data.WorkflowEvent.scores).toEqual(SCORES)
  })

  it.each(ACCOUNTS)('%s: the practice’s history (GET …/workflow)', async (as, may) => {
    const response = await api.get(`/practices/${id}/workflow`, { as })
    expect(response.status).toBe(200)
    expect(carriesScores(response.body)).toBe(may.history)
    if (may.history) {
      const regional = response.body.history.find(
        (entry: { from: string }) => entry.from === 'regional_review',
      )
      expect(regional.scores).toEqual(SCORES)
    }
  })

  it.each(ACCOUNTS)('%s: the practice and its author, populated as deep as allowed', async (as) => {
    for (const path of [
      `/practices/${id}?depth=3`,
      `/practices?where[id][equals]=${id}&depth=3`,
      '/users/me?depth=3',
    ]) {
      expect(practiceCarriesScores((await api.get(path, { as })).body), path).toBe(false)
    }
  })

  it('a validator who wrote the practice never reads its scores, whatever their role', async () => {
    // canRead says yes to validators; the plugin keeps the item's author out of the history.
    const author = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: demoEmail('validator.lombardia') } },
      depth: 0,
    })
    await ctx.payload.update({
      collection: 'practices',
      id,
      data: { author: author.docs[0]!.id } as never,
      draft: true,
      depth: 0,
    })
    await ctx.payload.update({
      collection: 'practices',
      id,
      data: { author: author.docs[0]!.id } as never,
      depth: 0,
      context: { stagedApprovalTransition: true },
    })
    const response = await api.get(`/practices/${id}/workflow`, { as: 'validator.lombardia' })
    expect(response.status).toBe(200)
    expect(carriesScores(response.body)).toBe(false)
  })

  it('e-mails about the decisions carry no scores', async () => {
    expect(outbox.length).toBeGreaterThan(0)
    const labels = CRITERIA.flatMap((criterion) => Object.values(criterionLabels[criterion]))
    for (const mail of outbox) {
      const text = `${mail.subject}\n${mail.text}\n${'html' in mail ? String(mail.html) : ''}`
      expect(carriesScores(text)).toBe(false)
      for (const label of labels) expect(text).not.toContain(label)
    }
  })
})
