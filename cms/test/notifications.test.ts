import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { runDailyNotifications, sanitizeOptions } from '@redcloud/plugin-staged-approval'

import { outbox } from '../src/email/outbox'
import { workflowOptions } from '../src/workflow'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
let theme: number | string

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
beforeEach(() => {
  outbox.length = 0
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const description = lexicalRichText(['Descrizione'])

const submitted = async (as: string, title: string) => {
  const created = await api.post(
    '/practices?draft=true',
    { title, summary: 'Sintesi', description, themes: [theme], targetGroups: ['elderly'] },
    { as },
  )
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  expect(
    (await api.post(`/practices/${id}/workflow`, { action: 'submit', revision: 0 }, { as })).status,
  ).toBe(200)
  return id as number | string
}
const recipients = () => outbox.map((mail) => mail.to).sort()

describe('notifications', () => {
  it('the validators of the stage hear an item is waiting, in their language, with a link', async () => {
    const id = await submitted('volunteer.milano', 'Merende sane')
    expect(recipients()).toEqual([demoEmail('validator.milano')])
    expect(outbox[0]!.subject).toBe('Da validare: «Merende sane»')
    expect(outbox[0]!.text).toContain(`/admin/collections/practices/${id}`)

    await submitted('volunteer.roma', 'Orto condiviso')
    const roma = outbox.find((mail) => mail.to === demoEmail('validator.roma'))
    expect(roma?.subject).toBe('To review: "Orto condiviso"')
  })

  it('the author hears every decision with its comment; the next level hears it reached them', async () => {
    const id = await submitted('volunteer.milano', 'Nonni al telefono')
    outbox.length = 0
    await api.post(
      `/practices/${id}/workflow`,
      { action: 'approve', revision: 1 },
      { as: 'validator.milano' },
    )
    expect(recipients()).toEqual([demoEmail('validator.lombardia'), demoEmail('volunteer.milano')].sort())
    outbox.length = 0
    await api.post(
      `/practices/${id}/workflow`,
      { action: 'request_changes', revision: 2, comment: 'Mancano gli indicatori' },
      { as: 'validator.lombardia' },
    )
    expect(recipients()).toEqual([demoEmail('volunteer.milano')])
    expect(outbox[0]!.text).toContain('Mancano gli indicatori')
    expect(outbox[0]!.text).toContain('modifiche richieste')
  })

  it('nobody hears of an item they may not see, and a failed request sends nothing', async () => {
    const id = await submitted('volunteer.milano', 'Solo Milano')
    expect(recipients()).not.toContain(demoEmail('validator.roma'))
    expect(recipients()).not.toContain(demoEmail('validator.lazio'))
    outbox.length = 0
    await api.post(
      `/practices/${id}/workflow`,
      { action: 'approve', revision: 99 },
      { as: 'validator.milano' },
    )
    expect(outbox).toHaveLength(0)
  })

  it('someone who asked for a daily digest gets no immediate e-mail', async () => {
    const validator = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: demoEmail('validator.milano') } },
    })
    await ctx.payload.update({
      collection: 'users',
      id: validator.docs[0]!.id,
      data: { notificationMode: 'daily' },
    })
    await submitted('volunteer.milano', 'Riepilogo')
    expect(recipients()).not.toContain(demoEmail('validator.milano'))
  })

  it('the daily run reminds, then escalates, each once per stage, and sends digests', async () => {
    const id = await submitted('volunteer.roma', 'Sportello anziani')
    outbox.length = 0
    const options = sanitizeOptions(workflowOptions)
    const day = 24 * 60 * 60 * 1000
    const at = (days: number) => new Date(Date.now() + days * day)

    await runDailyNotifications({ payload: ctx.payload, options, now: at(2) })
    expect(outbox.filter((mail) => mail.text.includes('Sportello anziani'))).toHaveLength(0)

    await runDailyNotifications({ payload: ctx.payload, options, now: at(8) })
    const reminders = outbox.filter((mail) => mail.subject.includes('Sportello anziani'))
    expect(reminders.map((mail) => mail.to)).toEqual([demoEmail('validator.roma')])
    expect(reminders[0]!.subject).toMatch(/^Reminder: "Sportello anziani" has waited 8 days/)
    outbox.length = 0

    await runDailyNotifications({ payload: ctx.payload, options, now: at(9) })
    expect(outbox.filter((mail) => mail.subject.includes('Sportello anziani'))).toHaveLength(0)

    await runDailyNotifications({ payload: ctx.payload, options, now: at(15) })
    const escalation = outbox.filter((mail) => mail.subject.includes('Sportello anziani'))
    expect(escalation.map((mail) => mail.to)).toEqual([demoEmail('validator.lazio')])
    expect(escalation[0]!.subject).toMatch(/^Segnalazione/)
    expect((await api.get(`/practices/${id}/workflow`, { as: 'volunteer.roma' })).body.stage).toBe(
      'local_review',
    )

    // validator.milano chose the daily digest in the previous test: one e-mail lists what waits.
    const digest = outbox.find((mail) => mail.to === demoEmail('validator.milano'))
    expect(digest?.subject).toMatch(/pratiche attendono la tua validazione/)
    expect(digest?.text).toContain('Riepilogo')
  })
})
