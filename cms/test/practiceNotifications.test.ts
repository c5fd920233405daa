import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '../src/email/outbox'
import { runActivityDigest } from '../src/notifications/runActivityDigest'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail, demoUser } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
let practice: number | string

const setMode = async (name: string, notificationMode: 'daily' | 'immediate') => {
  const user = await demoUser(ctx.payload, name)
  await ctx.payload.update({ collection: 'users', id: user.id, data: { notificationMode } })
}

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const milano = await demoUser(ctx.payload, 'volunteer.milano')
  practice = (
    await ctx.payload.find({
      collection: 'practices',
      where: { and: [{ _status: { equals: 'published' } }, { author: { equals: milano.id } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})
beforeEach(() => {
  outbox.length = 0
})

const comment = async (body: string, as = 'volunteer.roma') => {
  const response = await api.post('/comments', { practice, body }, { as })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}

describe('Notifications around a practice', () => {
  it('a new comment e-mails the author right away, in their language, once committed', async () => {
    await setMode('volunteer.milano', 'immediate')
    await comment('Bellissima idea, la copiamo!')
    const mails = outbox.filter((mail) => mail.to.includes(demoEmail('volunteer.milano')))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toMatch(/nuovo commento/)
    expect(mails[0]!.text).toContain('Bellissima idea')
  })

  it('the author’s own comment tells nobody', async () => {
    await comment('Aggiornamento: siamo a 40 volontari.', 'volunteer.milano')
    expect(outbox).toHaveLength(0)
  })

  it('an author who chose the daily digest gets one e-mail for all the day’s comments', async () => {
    await setMode('volunteer.milano', 'daily')
    await comment('Primo commento del giorno')
    await comment('Secondo commento del giorno', 'volunteer.torino')
    expect(outbox).toHaveLength(0)
    const summary = await runActivityDigest({ payload: ctx.payload })
    expect(summary.authors).toBe(1)
    const mails = outbox.filter((mail) => mail.to.includes(demoEmail('volunteer.milano')))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toMatch(/2 nuovi commenti/)
    outbox.length = 0
    // sent once: the next run has nothing
    await runActivityDigest({ payload: ctx.payload })
    expect(outbox).toHaveLength(0)
    await setMode('volunteer.milano', 'immediate')
  })

  it('a reported comment tells the moderators, never the reporter’s name or the reported author’s address', async () => {
    const id = await comment('Commento da segnalare')
    outbox.length = 0
    const response = await api.post(`/comments/${id}/report`, { reason: 'Spam' }, { as: 'volunteer.torino' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(outbox.map((mail) => mail.to)).toEqual([demoEmail('editor')])
    expect(outbox[0]!.text).toContain(`/admin/collections/comments/${id}`)
    expect(outbox[0]!.text).not.toContain(demoEmail('volunteer.roma'))
  })

  it('a moderator who chose the digest gets reported comments in the daily run', async () => {
    await setMode('editor', 'daily')
    const id = await comment('Un altro commento da segnalare')
    outbox.length = 0
    await api.post(`/comments/${id}/report`, {}, { as: 'volunteer.torino' })
    expect(outbox).toHaveLength(0)
    const summary = await runActivityDigest({ payload: ctx.payload })
    expect(summary.moderators).toBe(1)
    expect(outbox.some((mail) => mail.to.includes(demoEmail('editor')))).toBe(true)
  })
})
